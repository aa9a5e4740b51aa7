import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An uploaded document, kept in the database itself (so a backup of the database is a backup of every
 * document). The content is loaded only when a download asks for it.
 */
@Entity({ tableName: 'stored_file' })
export class StoredFile {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The name the uploader gave it, without any path, its extension matching the type found. */
  @Property({ type: 'text' })
  name!: string;

  /** The media type judged from the content, never from the name or the client's claim. */
  @Property({ type: 'text' })
  mediaType!: string;

  @Property({ type: 'integer' })
  size!: number;

  /** SHA-256 of the content, hex. */
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Property({ type: 'uuid' })
  @Index()
  uploadedById!: string;

  @Property({ type: 'timestamptz', length: 3 })
  uploadedAt!: Date;
}
