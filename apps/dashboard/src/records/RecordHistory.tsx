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
import { formatDateTime } from '../fields/dates';
import { PeriodText } from '../settings/PeriodText';
import { PayloadValue } from '../fields/PayloadSummary';

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

/**
 * The words of a field's coded values: an account's roles and e-mail setting, a membership's role, an
 * organization's kind, the rules' majority.
 */
const CODES: Record<string, (code: string) => string> = {
  roles: (code) => `gremium.roles.${code}`,
  role: (code) => `gremium.membership_roles.${code}`,
  kind: (code) => `gremium.organization_kinds.${code}`,
  notificationDelivery: (code) => `gremium.notifications.delivery_${code}`,
  signOffMajority: () => 'gremium.settings.more_than_half',
};
const PERIODS = new Set(['reviewPeriod', 'answerPeriod']);
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;
const MONTH_DAY = /^--(\d{2})-(\d{2})$/;

const formatMonthDay = (month: number, day: number, locale: string) =>
  new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, day),
  );

/** A recorded value as the user reads it: a person or organization by name, codes and dates in words. */
const ChangedValue = ({ field, value }: { field: string; value: unknown }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (value === null || value === undefined) return <>–</>;
  const code = CODES[field];
  if (code) {
    const codes = (Array.isArray(value) ? value : [value]).map(String);
    return <>{codes.map((one) => translate(code(one), { _: one })).join(', ')}</>;
  }
  if (typeof value === 'string' && PERIODS.has(field)) return <PeriodText value={value} />;
  if (typeof value === 'string' && TIMESTAMP.test(value)) return <>{formatDateTime(value, locale)}</>;
  const monthDay = typeof value === 'string' ? MONTH_DAY.exec(value) : null;
  if (monthDay) return <>{formatMonthDay(Number(monthDay[1]), Number(monthDay[2]), locale)}</>;
  return <PayloadValue name={field} value={value} />;
};

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
  const when = (at: string) => formatDateTime(at, locale);
  const actor = (change: RecordChangeRecord) =>
    change.actorName ?? translate('gremium.record_history.unknown_actor');
  const action = (change: RecordChangeRecord) => translate(`gremium.record_history.actions.${change.action}`);
  const fields = (change: RecordChangeRecord) =>
    change.changes.map((c, index) => (
      <span key={c.field}>
        {index > 0 && '; '}
        {label(c.field)}
        {'to' in c || 'from' in c ? (
          <>
            : <ChangedValue field={c.field} value={c.from} /> → <ChangedValue field={c.field} value={c.to} />
          </>
        ) : (
          ` (${translate('gremium.record_history.withheld')})`
        )}
      </span>
    ));
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
