import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  AutocompleteArrayInput,
  Form,
  HttpError,
  RecordContextProvider,
  ReferenceArrayInput,
  TextInput,
  useGetMany,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormState } from 'react-hook-form';
import { PayloadFields } from '../commands/PayloadFields';
import { planFields, toPayload, type FieldPlan } from '../commands/payload';
import { wordKey } from '../commands/problem-message';
import { useProcessLabels } from '../definitions/useLabels';
import { api } from '../providers/http';
import type { AgendaItem, MeetingRecord, MinutesEntry, ProcessRecord } from '../types';
import { useMeetingRights } from './meetingRights';

/** The decision's fields as the item's command asks for them; the meeting itself is filled in on dispatch. */
type DecisionPlans = Map<string, FieldPlan[]>;

function useDecisionPlans(items: AgendaItem[]): DecisionPlans {
  const labels = useProcessLabels();
  const decisionItems = items.filter((item) => item.processId && item.commandType);
  const { data: processes = [] } = useGetMany<ProcessRecord>(
    'processes',
    { ids: decisionItems.map((item) => item.processId as string) },
    { enabled: decisionItems.length > 0 },
  );
  return useMemo(() => {
    const byId = new Map(processes.map((process) => [process.id, process]));
    const plans: DecisionPlans = new Map();
    for (const item of decisionItems) {
      const process = byId.get(item.processId as string);
      const spec = process && labels.command(process.definition, item.commandType as string);
      if (!process || !spec) continue;
      const plan = planFields(item.commandType as string, spec.payloadSchema, process.context)
        .filter((field) => field.kind !== 'meeting')
        // In the minutes a decision is optional: an item without one stays open and moves on.
        .map((field) => ({ ...field, required: false, requiredWhen: undefined }));
      plans.set(item.id, plan);
    }
    return plans;
  }, [processes, labels, items]);
}

/** What became of a recorded decision after APPROVE_MINUTES, in the user's language. */
const DispatchStatus = ({ entry }: { entry: MinutesEntry | undefined }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dispatch = entry?.dispatch;
  if (!dispatch) return null;
  if (dispatch.status === 'rejected') {
    const reason = wordKey(
      dispatch.key ?? undefined,
      dispatch.params ?? undefined,
      dispatch.reason ?? '',
      translate,
      locale,
    );
    return (
      <Alert severity="error" sx={{ mt: 1 }}>
        {translate('gremium.meeting_page.dispatch_rejected', { reason })}
      </Alert>
    );
  }
  return (
    <Alert severity={dispatch.status === 'applied' ? 'success' : 'info'} sx={{ mt: 1 }}>
      {translate(`gremium.meeting_page.dispatch_${dispatch.status}`)}
    </Alert>
  );
};

/** The recorded decision in words: "Entscheidung: befürwortet (Ja 5, Nein 1, Enthaltung 0)". */
const RecordedDecision = ({
  entry,
  plan,
}: {
  entry: MinutesEntry | undefined;
  plan: FieldPlan[] | undefined;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!entry?.decision) return null;
  const field = plan?.find((candidate) => candidate.name === 'decision');
  const label =
    field?.schema.choiceLabels?.[entry.decision]?.[locale] ??
    field?.schema.choiceLabels?.[entry.decision]?.de ??
    translate(`gremium.choices.decision.${entry.decision}`, { _: entry.decision });
  return (
    <Typography variant="body2">
      {translate('gremium.meeting_page.decision_recorded', { decision: label })}
      {entry.votes && ` (${translate('gremium.meeting_page.votes', entry.votes)})`}
    </Typography>
  );
};

interface MinutesValues {
  attendance?: string[];
  items?: Record<string, unknown>[];
}

const SaveMinutes = () => {
  const translate = useTranslate();
  const { isSubmitting } = useFormState();
  return (
    <Button type="submit" variant="contained" startIcon={<SaveIcon />} disabled={isSubmitting} sx={{ mt: 2 }}>
      {translate('gremium.meeting_page.save_minutes')}
    </Button>
  );
};

/**
 * The minutes (P8, while held): attendance and per agenda item a result and, for an item that waits on the
 * body's decision, the decision with the fields of the item's command (schema from the process definition).
 * After APPROVE_MINUTES each item shows what became of its decision in its process.
 */
export const MinutesEditor = () => {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { organiser } = useMeetingRights(record);
  const items = useMemo(
    () => (record?.agenda ?? []).filter((item) => item.status === 'accepted'),
    [record?.agenda],
  );
  const plans = useDecisionPlans(items);
  const recorded = new Map((record?.minutes?.items ?? []).map((entry) => [entry.agendaItemId, entry]));
  const defaults = useMemo<MinutesValues>(
    () => ({
      attendance: record?.attendance ?? [],
      items: items.map((item) => {
        const entry = record?.minutes?.items.find((candidate) => candidate.agendaItemId === item.id);
        return {
          result: entry?.result ?? '',
          decision: entry?.decision,
          votes: entry?.votes,
          ...(entry?.fields ?? {}),
        };
      }),
    }),
    [record, items],
  );
  if (!record || (record.state !== 'held' && record.state !== 'minutesApproved')) return null;
  const editable = organiser && record.state === 'held';

  const save = async (values: MinutesValues) => {
    const body = {
      attendance: values.attendance ?? [],
      items: items.map((item, index) => {
        const given = values.items?.[index] ?? {};
        const plan = plans.get(item.id);
        const payload = plan ? toPayload(plan, given) : {};
        const { decision, votes, ...fields } = payload;
        return {
          agendaItemId: item.id,
          result: typeof given.result === 'string' ? given.result.trim() : '',
          ...(decision !== undefined ? { decision } : {}),
          ...(votes !== undefined ? { votes } : {}),
          ...(decision !== undefined && Object.keys(fields).length > 0 ? { fields } : {}),
        };
      }),
    };
    try {
      await api(`meetings/${encodeURIComponent(record.id)}/minutes`, { method: 'PUT', body });
      notify('gremium.meeting_page.minutes_saved', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      const errors =
        error instanceof HttpError ? (error.body as { errors?: Record<string, string> })?.errors : undefined;
      return errors ?? {};
    }
  };

  return (
    <Box component="section" aria-labelledby="minutes-heading">
      <Typography id="minutes-heading" variant="h6" component="h2" gutterBottom>
        {translate('gremium.meeting_page.minutes')}
      </Typography>
      {record.minutes?.recordedAt ? null : (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate(editable ? 'gremium.meeting_page.minutes_hint' : 'gremium.meeting_page.minutes_missing')}
        </Typography>
      )}
      {/* The form's inputs see the minutes, not the meeting's own fields. */}
      <RecordContextProvider value={undefined}>
        <Form record={defaults} onSubmit={save} noValidate disabled={!editable}>
          <ReferenceArrayInput
            source="attendance"
            reference="people"
            sort={{ field: 'name', order: 'ASC' }}
            perPage={200}
          >
            <AutocompleteArrayInput label="gremium.meeting_page.attendance" readOnly={!editable} fullWidth />
          </ReferenceArrayInput>
          <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {items.map((item, index) => (
              <Box
                component="li"
                key={item.id}
                aria-label={`${translate('gremium.meeting_page.top', { n: index + 1 })}: ${item.title}`}
                sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}
              >
                <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
                  {translate('gremium.meeting_page.top', { n: index + 1 })}: {item.title}
                </Typography>
                <TextInput
                  source={`items.${index}.result`}
                  label="gremium.meeting_page.result"
                  multiline
                  minRows={2}
                  fullWidth
                  readOnly={!editable}
                  helperText={false}
                />
                {editable && plans.get(item.id) ? (
                  <PayloadFields plan={plans.get(item.id) ?? []} prefix={`items.${index}.`} />
                ) : (
                  <RecordedDecision entry={recorded.get(item.id)} plan={plans.get(item.id)} />
                )}
                <DispatchStatus entry={recorded.get(item.id)} />
              </Box>
            ))}
          </Box>
          {editable && <SaveMinutes />}
        </Form>
      </RecordContextProvider>
    </Box>
  );
};
