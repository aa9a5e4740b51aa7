import type { FileAttachment } from '../files/file-attachment.entity';
import type { StoredFile } from '../files/stored-file.entity';
import type { AnnualReport } from '../processes/annual-report/annual-report.entity';
import { UNNAMED } from './name-redaction';
import type { Gone, Listed, OpenFile, OpenMeeting, OpenPaper, OpenReport } from './open-data.types';

/** The kinds of record whose documents are published with them. */
export const PUBLISHED_SUBJECTS = ['meeting', 'recommendation'] as const;

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));

/** The live attachments of one subject, as file ids. */
export function attachedFileIds(attachments: FileAttachment[], kind: string, subjectId: string): string[] {
  return [
    ...new Set(
      attachments
        .filter((a) => a.subjectKind === kind && a.subjectId === subjectId && !a.detachedAt)
        .map((a) => a.fileId),
    ),
  ];
}

/**
 * Documents of published meetings and recommendations. A document that was public once (attached to an
 * item that is now withheld, or detached since) is listed as deleted.
 */
export function openFiles(
  attachments: FileAttachment[],
  files: StoredFile[],
  meetings: Listed<OpenMeeting>[],
  papers: Listed<OpenPaper>[],
  redact: (text: string) => string,
): Listed<OpenFile>[] {
  const shown = new Map<string, 'meeting' | 'recommendation'>();
  const gone = new Map<string, Gone>();
  for (const [kind, items] of [
    ['meeting', meetings],
    ['recommendation', papers],
  ] as const) {
    for (const item of items) {
      if (item.deleted) gone.set(item.id, item);
      else shown.set(item.id, kind);
    }
  }
  const listed: Listed<OpenFile>[] = [];
  for (const file of files) {
    const own = attachments.filter((a) => a.fileId === file.id);
    const live = own.filter((a) => !a.detachedAt && shown.get(a.subjectId) === a.subjectKind);
    if (live.length) {
      listed.push({
        id: file.id,
        created: file.uploadedAt,
        modified: latest(file.uploadedAt, ...live.map((a) => a.attachedAt)),
        name: redact(file.name),
        mediaType: file.mediaType,
        size: file.size,
        uploadedAt: file.uploadedAt,
        meetingIds: live.filter((a) => a.subjectKind === 'meeting').map((a) => a.subjectId),
        paperIds: live.filter((a) => a.subjectKind === 'recommendation').map((a) => a.subjectId),
      });
      continue;
    }
    const once = own.filter((a) => shown.has(a.subjectId) || gone.has(a.subjectId));
    if (once.length) {
      const at = latest(
        file.uploadedAt,
        ...once.map((a) => a.detachedAt),
        ...once.map((a) => gone.get(a.subjectId)?.modified),
      );
      listed.push({ id: file.id, created: file.uploadedAt, modified: at, deleted: true });
    }
  }
  return listed.sort((a, b) => a.created.getTime() - b.created.getTime() || a.id.localeCompare(b.id));
}

/** Submitted annual reports, the oldest year first. */
export function openReports(reports: AnnualReport[]): OpenReport[] {
  return reports
    .filter((report) => report.state === 'submitted' && report.submission)
    .sort((a, b) => a.year - b.year)
    .map((report) => ({
      id: report.id,
      created: report.createdAt,
      modified: report.updatedAt,
      year: report.year,
      submittedOn: report.submission!.date,
      reference: report.submission!.reference,
    }));
}

/**
 * The annual report as published: every person without a public profile is „N. N.“, by id where the
 * figures name one and by name in every text.
 */
export function publicReport(report: AnnualReport, publicIds: Set<string>, redact: (text: string) => string) {
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return redact(value);
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value).map(([key, inner]) => [key, walk(inner)] as const);
    const object = Object.fromEntries(entries) as Record<string, unknown>;
    if ('personId' in object && 'personName' in object && object.personName !== null) {
      const personId = object.personId;
      if (typeof personId !== 'string' || !publicIds.has(personId)) object.personName = UNNAMED;
    }
    return object;
  };
  return {
    ...report,
    figures: walk(report.figures) as AnnualReport['figures'],
    narrative: walk(report.narrative) as AnnualReport['narrative'],
  };
}
