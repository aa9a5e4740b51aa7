import DeleteIcon from '@mui/icons-material/Delete';
import DescriptionIcon from '@mui/icons-material/Description';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ChangeEvent } from 'react';
import { useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ColumnHeads } from '../fields/ColumnHeads';
import { NarrowOr } from '../fields/NarrowOr';
import { formatDateTime } from '../fields/dates';
import { api, uploadFile } from '../providers/http';

/** A file as `GET /api/attachments` lists it. */
export interface AttachedFile {
  id: string;
  attachmentId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  purpose: string | null;
  attachedAt: string;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
};

/** 1,2 MB / 340 kB in the user's language. */
export function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

export const attachmentsKey = (subjectKind: string, subjectId: string) => [
  'gremium',
  'attachments',
  subjectKind,
  subjectId,
];

interface DocumentsPanelProps {
  /** What the documents belong to: `meeting`, `recommendation`, `annual-report` (api.md `files`). */
  subjectKind: string;
  subjectId: string;
  /** Whether this user may upload and remove documents here (the API checks again). */
  canChange: boolean;
  /** Shown beside documents with this purpose, e.g. the answers of the addressees. */
  purposeLabel?: (purpose: string) => string | null;
}

/**
 * The documents attached to one record: name (a download link), type, size and date, an upload button
 * and removal for those who may change them. Used on recommendations, meetings and annual reports.
 */
export const DocumentsPanel = ({ subjectKind, subjectId, canChange, purposeLabel }: DocumentsPanelProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const headingId = useId();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const key = attachmentsKey(subjectKind, subjectId);
  const { data: files = [] } = useQuery({
    queryKey: key,
    queryFn: async () =>
      (
        await api<AttachedFile[]>(
          `attachments?subjectKind=${encodeURIComponent(subjectKind)}&subjectId=${encodeURIComponent(subjectId)}`,
        )
      ).body,
  });
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      await queryClient.invalidateQueries({ queryKey: key });
      notify(done, { type: 'success' });
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const upload = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      const stored = await uploadFile<{ id: string }>(file);
      await api('attachments', { method: 'POST', body: { fileId: stored.id, subjectKind, subjectId } });
    }, 'gremium.files.uploaded');
  };
  const remove = (file: AttachedFile) =>
    void run(
      () => api(`attachments/${encodeURIComponent(file.attachmentId)}`, { method: 'DELETE' }),
      'gremium.files.removed',
    );
  const typeOf = (file: AttachedFile) => TYPE_LABELS[file.mediaType] ?? file.mediaType;
  const noteOf = (file: AttachedFile) => (file.purpose && purposeLabel?.(file.purpose)) || null;
  const nameLink = (file: AttachedFile) => (
    <Link
      href={`/api/files/${encodeURIComponent(file.id)}`}
      download={file.name}
      sx={{ wordBreak: 'break-word' }}
    >
      {file.name}
    </Link>
  );
  const removeButton = (file: AttachedFile) =>
    canChange ? (
      <IconButton
        aria-label={translate('gremium.files.remove', { name: file.name })}
        onClick={() => remove(file)}
        disabled={busy}
        size="small"
      >
        <DeleteIcon fontSize="small" />
      </IconButton>
    ) : null;

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ py: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {translate('gremium.files.heading')}
        </Typography>
        {canChange && (
          <Button
            component="label"
            htmlFor={inputId}
            variant="outlined"
            startIcon={<UploadFileIcon />}
            disabled={busy}
          >
            {translate('gremium.files.upload')}
            <input
              id={inputId}
              type="file"
              hidden
              accept=".pdf,.odt,.ods,.docx,.xlsx,.png,.jpg,.jpeg"
              onChange={upload}
            />
          </Button>
        )}
      </Box>
      {busy && <LinearProgress sx={{ my: 1 }} aria-label={translate('gremium.files.uploading')} />}
      {canChange && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('gremium.files.allowed')}
        </Typography>
      )}
      {files.length === 0 ? (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('gremium.files.none')}
        </Typography>
      ) : (
        <NarrowOr
          narrow={
            <List dense aria-labelledby={headingId}>
              {files.map((file) => (
                <ListItem key={file.attachmentId} secondaryAction={removeButton(file)} disableGutters>
                  <DescriptionIcon fontSize="small" sx={{ mr: 1 }} aria-hidden />
                  <ListItemText
                    primary={nameLink(file)}
                    secondary={[
                      typeOf(file),
                      formatSize(file.size, locale),
                      formatDateTime(file.attachedAt, locale),
                      noteOf(file),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                </ListItem>
              ))}
            </List>
          }
        >
          <Table size="small" aria-labelledby={headingId}>
            <ColumnHeads
              labels={[
                'gremium.files.name',
                'gremium.files.type',
                'gremium.files.size',
                'gremium.files.attached_at',
                ...(canChange ? ['gremium.files.actions'] : []),
              ]}
            />
            <TableBody>
              {files.map((file) => (
                <TableRow key={file.attachmentId}>
                  <TableCell>
                    {nameLink(file)}
                    {noteOf(file) && (
                      <Typography variant="body2" color="text.secondary">
                        {noteOf(file)}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{typeOf(file)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatSize(file.size, locale)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(file.attachedAt, locale)}
                  </TableCell>
                  {canChange && <TableCell>{removeButton(file)}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </NarrowOr>
      )}
    </Box>
  );
};
