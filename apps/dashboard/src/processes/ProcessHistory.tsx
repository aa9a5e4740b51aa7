import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { ReferenceField, useGetManyReference, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { PROCESS_HISTORY } from '../providers/dataProvider';
import type { HistoryEvent, ProcessRecord } from '../types';
import { describeState } from './describeState';

const hasContent = (payload: unknown) =>
  typeof payload === 'object' && payload !== null && Object.keys(payload).length > 0;

const Actor = ({ event }: { event: HistoryEvent }) => {
  const translate = useTranslate();
  const { actor } = event;
  if (actor.type === 'system') return <>{translate('gremium.history.system')}</>;
  if (!actor.personId) return <>{translate('gremium.history.account')}</>;
  return (
    <ReferenceField
      record={{ id: event.id, personId: actor.personId }}
      source="personId"
      reference="people"
      link="show"
    />
  );
};

const HistoryItem = ({ event }: { event: HistoryEvent }) => {
  const translate = useTranslate();
  return (
    <Box component="li" sx={{ borderLeft: 3, borderColor: 'primary.main', pl: 2, pb: 2 }}>
      <Typography variant="subtitle1" component="h3">
        {translate(`gremium.commands.${event.type}`, { _: event.type })}
      </Typography>
      <Typography variant="body2" component="p">
        <DateTimeField record={event} source="at" /> · <Actor event={event} />
      </Typography>
      <Typography variant="body2" component="p">
        {translate('gremium.history.state_after')}: {describeState(event.stateAfter, translate)}
      </Typography>
      {hasContent(event.payload) && (
        <Box component="details" sx={{ mt: 0.5 }}>
          <Typography component="summary" variant="body2" sx={{ cursor: 'pointer' }}>
            {translate('gremium.history.payload')}
          </Typography>
          <Box component="pre" sx={{ m: 0, whiteSpace: 'pre-wrap', fontSize: '0.875rem' }}>
            {JSON.stringify(event.payload, null, 2)}
          </Box>
        </Box>
      )}
    </Box>
  );
};

/** The process's audit events, oldest first. */
export const ProcessHistory = () => {
  const process = useRecordContext<ProcessRecord>();
  const translate = useTranslate();
  const { data, isPending, error } = useGetManyReference<HistoryEvent>(
    PROCESS_HISTORY,
    {
      target: 'processId',
      id: process?.id,
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'seq', order: 'ASC' },
    },
    { enabled: process !== undefined },
  );
  return (
    <Box component="section" aria-labelledby="process-history" sx={{ p: 2 }}>
      <Typography id="process-history" variant="h6" component="h2" gutterBottom>
        {translate('gremium.history.heading')}
      </Typography>
      {isPending ? (
        <LinearProgress aria-label={translate('ra.page.loading')} />
      ) : error ? (
        <Alert severity="error">{error.message}</Alert>
      ) : data.length === 0 ? (
        <Typography variant="body2">{translate('gremium.history.empty')}</Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
          {data.map((event) => (
            <HistoryItem key={event.id} event={event} />
          ))}
        </Box>
      )}
    </Box>
  );
};
