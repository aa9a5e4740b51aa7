import Box from '@mui/material/Box';
import { Link, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DATE_TIME } from '../fields/dates';
import { PayloadSummary } from '../fields/PayloadSummary';
import { useProcessLabels } from '../definitions/useLabels';
import type { ProcessRecord } from '../types';

/** Instants in the technical data as the user reads them (30.11.2026, 05:12), not milliseconds since 1970. */
const readableTimes = (locale: string) => {
  const format = new Intl.DateTimeFormat(locale, DATE_TIME);
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
  const definition = useProcessLabels().definition(process?.definition ?? '');
  const [locale] = useLocaleState();
  if (!process) return null;
  // What the definition says the process is about, in its order; the rest stays technical detail.
  const ordered = Object.fromEntries(
    (definition?.summary ?? [])
      .filter((key) => key in process.context)
      .map((key) => [key, process.context[key]]),
  );
  const resource = process.subjectType ? SUBJECT_RESOURCES[process.subjectType] : undefined;
  // A founding's group exists only once both bodies consented.
  const subjectExists = process.definition !== 'working-group-founding' || process.state === 'founded';
  return (
    <Box sx={{ display: 'grid', gap: 1 }}>
      <PayloadSummary payload={ordered} vocabulary={definition?.vocabulary} />
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
