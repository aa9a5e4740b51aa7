import { fileTypeFromBuffer } from 'file-type';

/** The documents a council works with (api.md `files`), by the media type the content reveals. */
export const ALLOWED_FILE_TYPES: Readonly<Record<string, { ext: string; aliases: readonly string[] }>> = {
  'application/pdf': { ext: 'pdf', aliases: [] },
  'application/vnd.oasis.opendocument.text': { ext: 'odt', aliases: [] },
  'application/vnd.oasis.opendocument.spreadsheet': { ext: 'ods', aliases: [] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', aliases: [] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', aliases: [] },
  'image/png': { ext: 'png', aliases: [] },
  'image/jpeg': { ext: 'jpg', aliases: ['jpeg', 'jpe'] },
};

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The media type of the content by its signature (`file-type` looks inside zip containers, so a DOCX or
 * an ODT is told apart from a plain zip), or null when it is none of the allowed ones.
 */
export async function sniffAllowedType(content: Uint8Array): Promise<string | null> {
  const found = await fileTypeFromBuffer(content);
  return found && Object.prototype.hasOwnProperty.call(ALLOWED_FILE_TYPES, found.mime) ? found.mime : null;
}

// Control characters are exactly what this removes from a client's file name.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const RESERVED = /[<>:"|?*]/g;

/**
 * A display name from what the client sent: no directories (either separator), no control or reserved
 * characters, at most 200 characters, and the extension of the type found (a PDF named `.png` becomes
 * `.pdf`). The name is only ever shown and sent back in Content-Disposition, never used as a path.
 */
export function cleanFileName(raw: string, mediaType: string): string {
  const kind = ALLOWED_FILE_TYPES[mediaType];
  const base = (raw.split(/[\\/]/).pop() ?? '').normalize('NFC').replace(CONTROL, '').replace(RESERVED, '_');
  const trimmed = base.replace(/^[.\s]+/, '').trim();
  const dot = trimmed.lastIndexOf('.');
  const stem = (dot > 0 ? trimmed.slice(0, dot) : trimmed).slice(0, 190).trim() || 'Dokument';
  const ext = dot > 0 ? trimmed.slice(dot + 1).toLowerCase() : '';
  return ext === kind.ext || kind.aliases.includes(ext) ? `${stem}.${ext}` : `${stem}.${kind.ext}`;
}

/** RFC 6266 / RFC 8187: an ASCII fallback and the exact UTF-8 name as `filename*`. */
export function contentDisposition(
  name: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  const fallback = name
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
