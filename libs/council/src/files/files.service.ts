import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  forbidden,
  invalidField,
  NotFoundError,
  RefusalError,
  type Actor,
  type RuleContext,
} from '@gremium/workflow';
import { councilCoded } from '../errors/council-errors';
import { Membership } from '../memberships/membership.entity';
import { inForceOn } from '../memberships/membership-queries';
import { RecordWriter } from '../records/record-writer';
import { isSteeringMember } from '../steering-group/composition';
import { steeringGroupOn } from '../steering-group/steering-group.repository';
import { berlinDateOf } from '../terms/calendar-date';
import { ATTACHMENT_SUBJECTS, findSubject, mayAttachTo } from './attachment-subjects';
import { FileAttachment } from './file-attachment.entity';
import { cleanFileName, MAX_FILE_BYTES, sniffAllowedType } from './file-kinds';
import { StoredFile } from './stored-file.entity';

/** What a client learns about a stored file. */
export interface FileInfo {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A file as attached to one subject: the file plus who attached it, when and what for. */
export interface AttachedFile extends FileInfo {
  attachmentId: string;
  purpose: string | null;
  attachedById: string;
  attachedAt: Date;
}

export interface Download extends FileInfo {
  content: Buffer;
}

/** An upload refused for its size (413) or its type (415): the HTTP layer words the status. */
export class FileRefusedError extends Error {
  constructor(
    readonly reason: 'too_large' | 'type_not_allowed',
    readonly key: 'file.too_large' | 'file.type_not_allowed',
  ) {
    super(reason);
  }
}

export const infoOf = (file: StoredFile): FileInfo => ({
  id: file.id,
  name: file.name,
  mediaType: file.mediaType,
  size: file.size,
  sha256: file.sha256,
});

const userOf = (actor: Actor) => (actor.type === 'user' ? actor : null);

/**
 * Documents (api.md `files`): stored in PostgreSQL with size and SHA-256, typed by their content, and
 * attached to subjects. A file is readable by whoever uploaded it and, once attached, by whoever may read a
 * subject it is attached to; a file attached to nothing is its uploader's alone.
 */
@Injectable()
export class FilesService {
  constructor(private readonly records: RecordWriter) {}

  /**
   * Who may upload at all (checked before the body is read): the coordination office, a steering member,
   * or a current member of a working group — the people who attach documents to something.
   */
  async mayUpload(actor: Actor): Promise<boolean> {
    const user = userOf(actor);
    if (!user) return false;
    if (user.roles.includes('coordination')) return true;
    if (!user.personId) return false;
    const { em, now } = await this.records.begin();
    const today = berlinDateOf(now);
    if (isSteeringMember(await steeringGroupOn(em, today), user.personId)) return true;
    return (
      (await em.count(Membership, {
        personId: user.personId,
        body: 'working-group',
        ...inForceOn(today),
      })) > 0
    );
  }

  async requireUploadRight(actor: Actor): Promise<void> {
    if (!(await this.mayUpload(actor)))
      throw new RefusalError(forbidden(councilCoded('file.upload_forbidden')));
  }

  async store(actor: Actor, originalName: string, content: Buffer): Promise<FileInfo> {
    await this.requireUploadRight(actor);
    const user = userOf(actor) as Exclude<ReturnType<typeof userOf>, null>;
    if (content.length > MAX_FILE_BYTES) throw new FileRefusedError('too_large', 'file.too_large');
    const mediaType = await sniffAllowedType(content);
    if (!mediaType) throw new FileRefusedError('type_not_allowed', 'file.type_not_allowed');
    const { em, now } = await this.records.begin();
    const file = em.create(StoredFile, {
      id: randomUUID(),
      name: cleanFileName(originalName, mediaType),
      mediaType,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
      uploadedById: user.userId,
      uploadedAt: now,
    });
    await em.flush();
    return infoOf(file);
  }

  async info(actor: Actor, fileId: string): Promise<FileInfo> {
    const { em } = await this.records.begin();
    return infoOf(await readableFile(em, actor, fileId));
  }

  async download(actor: Actor, fileId: string): Promise<Download> {
    const { em } = await this.records.begin();
    const file = await readableFile(em, actor, fileId);
    await em.populate(file, ['content']);
    return { ...infoOf(file), content: file.content };
  }

  async attach(
    actor: Actor,
    fileId: string,
    subjectKind: string,
    subjectId: string,
    purpose: string | null,
  ): Promise<AttachedFile> {
    const { em, now } = await this.records.begin();
    const file = await readableFile(em, actor, fileId, 'fileId');
    const subject = await this.subject(em, subjectKind, subjectId);
    await this.requireAttachRight(em, actor, subjectKind, subject, now);
    const attachment = await attachIn(
      em,
      userOf(actor)?.userId ?? '',
      file,
      subjectKind,
      subjectId,
      purpose,
      now,
    );
    await em.flush();
    return attachedOf(file, attachment);
  }

  async detach(actor: Actor, attachmentId: string): Promise<void> {
    const { em, now } = await this.records.begin();
    const attachment = await em.findOne(FileAttachment, { id: attachmentId, detachedAt: null });
    if (!attachment) throw new NotFoundError('attachment', attachmentId);
    const subject = await this.subject(em, attachment.subjectKind, attachment.subjectId);
    await this.requireAttachRight(em, actor, attachment.subjectKind, subject, now);
    attachment.detachedAt = now;
    attachment.detachedById = userOf(actor)?.userId ?? null;
    await em.flush();
  }

  /** The files attached to one subject now, oldest first. */
  async attachedTo(subjectKind: string, subjectId: string): Promise<AttachedFile[]> {
    const { em } = await this.records.begin();
    await this.subject(em, subjectKind, subjectId);
    return attachedTo(em, subjectKind, [subjectId]).then((map) => map.get(subjectId) ?? []);
  }

  private async subject(em: EntityManager, kind: string, id: string): Promise<object> {
    if (!Object.prototype.hasOwnProperty.call(ATTACHMENT_SUBJECTS, kind))
      throw new RefusalError(invalidField('subjectKind', councilCoded('attachment.kind_unknown')));
    const subject = await findSubject(em, kind, id);
    if (!subject) throw new NotFoundError(kind, id);
    return subject;
  }

  private async requireAttachRight(
    em: EntityManager,
    actor: Actor,
    kind: string,
    subject: object,
    now: Date,
  ): Promise<void> {
    const ctx: RuleContext = { em, actor, now, payload: {}, instance: null };
    if (await mayAttachTo(kind, subject, ctx))
      throw new RefusalError(forbidden(councilCoded('attachment.forbidden')));
  }
}

const attachedOf = (file: StoredFile, attachment: FileAttachment): AttachedFile => ({
  ...infoOf(file),
  attachmentId: attachment.id,
  purpose: attachment.purpose,
  attachedById: attachment.attachedById,
  attachedAt: attachment.attachedAt,
});

/**
 * The file if this actor may read it: the uploader always, anyone signed in once it is attached to a
 * subject (every subject kind is readable by every signed-in user); otherwise null.
 */
export async function fileReadableBy(
  em: EntityManager,
  actor: Actor,
  fileId: string,
): Promise<StoredFile | null> {
  const user = userOf(actor);
  const file = await em.findOne(StoredFile, fileId);
  const readable =
    file &&
    user &&
    (file.uploadedById === user.userId || (await em.count(FileAttachment, { fileId, detachedAt: null })) > 0);
  return readable ? file : null;
}

/** fileReadableBy, refused as an invalid field (a file named in a body) or as not found (a download). */
export async function readableFile(
  em: EntityManager,
  actor: Actor,
  fileId: string,
  field?: string,
): Promise<StoredFile> {
  const file = await fileReadableBy(em, actor, fileId);
  if (file) return file;
  if (field) throw new RefusalError(invalidField(field, councilCoded('file.unknown')));
  throw new NotFoundError('file', fileId);
}

/** Attaches in the caller's unit of work (also used by a process's projection); the same attachment twice is one. */
export async function attachIn(
  em: EntityManager,
  byUserId: string,
  file: StoredFile,
  subjectKind: string,
  subjectId: string,
  purpose: string | null,
  now: Date,
): Promise<FileAttachment> {
  const existing = await em.findOne(FileAttachment, {
    fileId: file.id,
    subjectKind,
    subjectId,
    purpose,
    detachedAt: null,
  });
  if (existing) return existing;
  return em.create(FileAttachment, {
    id: randomUUID(),
    fileId: file.id,
    subjectKind,
    subjectId,
    purpose,
    attachedById: byUserId,
    attachedAt: now,
    detachedById: null,
    detachedAt: null,
  });
}

/** Subject id → the files attached to it now (one query for a list of subjects). */
export async function attachedTo(
  em: EntityManager,
  subjectKind: string,
  subjectIds: readonly string[],
): Promise<Map<string, AttachedFile[]>> {
  const result = new Map<string, AttachedFile[]>();
  if (subjectIds.length === 0) return result;
  const attachments = await em.find(
    FileAttachment,
    { subjectKind, subjectId: { $in: [...subjectIds] }, detachedAt: null },
    { orderBy: { attachedAt: 'asc', id: 'asc' } },
  );
  const files = new Map(
    (await em.find(StoredFile, { id: { $in: attachments.map((a) => a.fileId) } })).map((f) => [f.id, f]),
  );
  for (const attachment of attachments) {
    const file = files.get(attachment.fileId);
    if (!file) continue;
    const list = result.get(attachment.subjectId) ?? [];
    list.push(attachedOf(file, attachment));
    result.set(attachment.subjectId, list);
  }
  return result;
}
