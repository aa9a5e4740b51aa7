import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { ReferenceField, useGetManyReference, useRecordContext, useTranslate } from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import { DateTimeField } from '../fields/DateTimeField';
import { PayloadSummary } from '../fields/PayloadSummary';
import { PROCESS_HISTORY } from '../providers/dataProvider';
import type { HistoryEvent, ProcessRecord } from '../types';

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

const HistoryItem = ({
  event,
  definition,
  last,
}: {
  event: HistoryEvent;
  definition: string;
  last: boolean;
}) => {
  const translate = useTranslate();
  const labels = useProcessLabels();
  const title = event.type.startsWith('xstate.after.')
    ? translate('gremium.history.timer')
    : event.type === 'process.started'
      ? translate('gremium.commands.process.started')
      : translate(`gremium.commands.${event.type}`, { _: labels.commandLabel(definition, event.type) });
  return (
    <Box component="li" sx={{ position: 'relative', pl: 4, pb: last ? 0 : 2 }}>
      {/* the timeline: a dot per event on a line between them */}
      <Box
        aria-hidden
        sx={{
          position: 'absolute',
          left: 7,
          top: 6,
          bottom: last ? 'auto' : -6,
          height: last ? 0 : 'auto',
          borderLeft: 2,
          borderColor: 'divider',
        }}
      />
      <Box
        aria-hidden
        sx={{
          position: 'absolute',
          left: 0,
          top: 4,
          width: 16,
          height: 16,
          borderRadius: '50%',
          bgcolor: last ? 'primary.main' : 'background.paper',
          border: 3,
          borderColor: 'primary.main',
        }}
      />
      <Typography variant="subtitle1" component="h3" sx={{ lineHeight: 1.4 }}>
        {title}
      </Typography>
      <Typography variant="body2" component="p">
        <DateTimeField record={event} source="at" /> · <Actor event={event} />
      </Typography>
      <Typography variant="body2" component="p">
        {translate('gremium.history.state_after')}:{' '}
        <strong>{labels.describeState(definition, event.stateAfter)}</strong>
      </Typography>
      {typeof event.payload === 'object' &&
        event.payload !== null &&
        Object.keys(event.payload).length > 0 && (
          <Box component="details" sx={{ mt: 0.5, typography: 'body2' }}>
            <Box component="summary" sx={{ cursor: 'pointer' }}>
              {translate('gremium.history.payload')}
            </Box>
            <PayloadSummary payload={event.payload} vocabulary={labels.definition(definition)?.vocabulary} />
          </Box>
        )}
    </Box>
  );
};

/** The process's audit events, oldest first, as a timeline. */
export const ProcessHistory = ({
  processId,
  definition: given,
}: {
  processId?: string;
  definition?: string;
}) => {
  const record = useRecordContext<ProcessRecord>();
  const translate = useTranslate();
  const headingId = useId();
  const id = processId ?? record?.id;
  const { data, isPending, error } = useGetManyReference<HistoryEvent>(
    PROCESS_HISTORY,
    {
      target: 'processId',
      id: id ?? '',
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'seq', order: 'ASC' },
    },
    { enabled: id !== undefined },
  );
  const definition = given ?? record?.definition ?? '';
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ py: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
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
          {data.map((event, index) => (
            <HistoryItem
              key={event.id}
              event={event}
              definition={definition}
              last={index === data.length - 1}
            />
          ))}
        </Box>
      )}
    </Box>
  );
};
