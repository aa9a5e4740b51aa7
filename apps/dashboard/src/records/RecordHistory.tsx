import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import Box from '@mui/material/Box';
import { useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { NarrowOr } from '../fields/NarrowOr';

interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

interface RecordChangeRecord {
  id: string;
  seq: number;
  action: string;
  actorName: string | null;
  changes: FieldChange[];
  at: string;
}

const shown = (value: unknown) =>
  value === null || value === undefined ? '–' : Array.isArray(value) ? value.join(', ') : String(value);

/**
 * Who changed which fields of this record when (the records of change, GET /api/record-changes). The
 * values of a person's name and contact data are never recorded: only that they changed.
 */
export const RecordHistory = ({ resource, subjectId }: { resource: string; subjectId?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const record = useRecordContext<{ id: string }>();
  const params = useParams<{ id: string }>();
  const id = subjectId ?? record?.id ?? params.id;
  const { data, isPending } = useGetList<RecordChangeRecord>(
    'record-changes',
    {
      filter: { subjectId: id },
      sort: { field: 'seq', order: 'DESC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: Boolean(id) },
  );
  const label = (field: string) =>
    translate(`resources.${resource}.fields.${field}`, {
      _: translate(`gremium.record_history.fields.${field}`, { _: field }),
    });
  const when = (at: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    }).format(new Date(at));
  const actor = (change: RecordChangeRecord) =>
    change.actorName ?? translate('gremium.record_history.unknown_actor');
  const action = (change: RecordChangeRecord) => translate(`gremium.record_history.actions.${change.action}`);
  const fields = (change: RecordChangeRecord) =>
    change.changes
      .map((c) =>
        'to' in c || 'from' in c
          ? `${label(c.field)}: ${shown(c.from)} → ${shown(c.to)}`
          : `${label(c.field)} (${translate('gremium.record_history.withheld')})`,
      )
      .join('; ');
  return (
    <Box component="section" sx={{ mt: 3, overflowX: 'auto' }} aria-labelledby={`history-${id}`}>
      <Typography variant="h6" component="h2" id={`history-${id}`}>
        {translate('gremium.record_history.title')}
      </Typography>
      {!isPending && (data ?? []).length === 0 ? (
        <Typography variant="body2">{translate('gremium.record_history.empty')}</Typography>
      ) : (
        <NarrowOr
          narrow={
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {(data ?? []).map((change) => (
                <Box component="li" key={change.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>
                    {when(change.at)} · {actor(change)} · {action(change)}
                  </Typography>
                  <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                    {fields(change)}
                  </Typography>
                </Box>
              ))}
            </Box>
          }
        >
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('gremium.record_history.at')}</TableCell>
                <TableCell>{translate('gremium.record_history.actor')}</TableCell>
                <TableCell>{translate('gremium.record_history.action')}</TableCell>
                <TableCell>{translate('gremium.record_history.changes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(data ?? []).map((change) => (
                <TableRow key={change.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(change.at)}</TableCell>
                  <TableCell>{actor(change)}</TableCell>
                  <TableCell>{action(change)}</TableCell>
                  <TableCell>{fields(change)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </NarrowOr>
      )}
    </Box>
  );
};
