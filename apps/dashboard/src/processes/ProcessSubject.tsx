import Box from '@mui/material/Box';
import { Link, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { PayloadSummary } from '../fields/PayloadSummary';
import type { ProcessRecord } from '../types';

/** What a process is about, per definition; the rest of its context stays technical detail. */
const SUBJECT_FIELDS: Record<string, readonly string[]> = {
  'working-group-founding': [
    'name',
    'topic',
    'rationale',
    'initialMemberIds',
    'steering',
    'plenary',
    'withdrawal',
  ],
  'working-group-dissolution': ['workingGroupId', 'reason', 'steering', 'plenary', 'withdrawal'],
  'seat-appointment': [
    'seat',
    'personId',
    'organizationId',
    'proposedTermStart',
    'termStart',
    'termEnd',
    'endedOn',
    'endReason',
  ],
  recommendation: ['title', 'workingGroupId', 'addressees', 'round', 'escalated'],
  'moderator-election': ['workingGroupId', 'electedPersonId', 'closedReason'],
};

/** Instants in the technical data as the user reads them (30.11.2026, 05:12), not milliseconds since 1970. */
const readableTimes = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  });
  return (key: string, value: unknown) =>
    typeof value === 'number' && (key === 'at' || /At$/.test(key)) ? format.format(value) : value;
};

const SUBJECT_RESOURCES: Record<string, string> = {
  'working-group': 'working-groups',
  appointment: 'appointments',
  recommendation: 'recommendations',
};

export const ProcessSubject = () => {
  const process = useRecordContext<ProcessRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!process) return null;
  const fields = SUBJECT_FIELDS[process.definition];
  const summary = Object.fromEntries(
    Object.entries(process.context).filter(([key, value]) =>
      fields ? fields.includes(key) : typeof value !== 'object' || value === null,
    ),
  );
  const ordered = fields
    ? Object.fromEntries(fields.filter((key) => key in summary).map((key) => [key, summary[key]]))
    : summary;
  const resource = process.subjectType ? SUBJECT_RESOURCES[process.subjectType] : undefined;
  // A founding's group exists only once both bodies consented.
  const subjectExists = process.definition !== 'working-group-founding' || process.state === 'founded';
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <PayloadSummary payload={ordered} />
      {resource && process.subjectId && subjectExists && (
        <Link to={`/${resource}/${process.subjectId}/show`}>
          {translate(`gremium.subjects.${process.subjectType}`)}
        </Link>
      )}
      <Box component="details" sx={{ typography: 'body2' }}>
        <Box component="summary" sx={{ cursor: 'pointer' }}>
          {translate('gremium.processes.technical')}
        </Box>
        <Box
          component="pre"
          sx={{ m: 0, whiteSpace: 'pre-wrap', fontSize: '0.8125rem', overflowWrap: 'anywhere' }}
        >
          {JSON.stringify(process.context, readableTimes(locale), 2)}
        </Box>
      </Box>
    </Box>
  );
};
