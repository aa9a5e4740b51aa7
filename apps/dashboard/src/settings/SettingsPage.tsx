import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  Form,
  HttpError,
  NumberInput,
  SaveButton,
  SelectInput,
  TextArrayInput,
  TextInput,
  Title,
  Toolbar,
  maxValue,
  minValue,
  regex,
  required,
  useCanAccess,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { MeetingInput } from '../fields/MeetingInput';
import { api } from '../providers/http';
import { SETTINGS_KEY, useRules } from '../providers/queries';
import type { RulesOfProcedure } from '../types';
import { formatSimpleDuration, parseSimpleDuration, type DurationUnit } from './duration';
import { PeriodText } from './PeriodText';
import { RecordHistory } from '../records/RecordHistory';

/** The rules of procedure's records of change form one chain under this id (libs/council settings.service). */
const SETTINGS_RECORD_ID = '5e771265-0000-4000-8000-000000000000';

interface SettingsValues {
  review: { amount: number; unit: DurationUnit } | null;
  reviewPeriod: string;
  answer: { amount: number; unit: DurationUnit } | null;
  answerPeriod: string;
  termAlertLeadDays: string[];
  signOffMajority: string;
  meetingId?: string | null;
}

const UNITS = [
  { id: 'D', name: 'gremium.settings.days' },
  { id: 'W', name: 'gremium.settings.weeks' },
];
const ISO_DURATION = regex(
  /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
  'gremium.settings.iso_invalid',
);
const LEAD_DAYS: Validator = (value: unknown) =>
  Array.isArray(value) &&
  value.every((item) => /^\d+$/.test(String(item)) && Number(item) >= 1 && Number(item) <= 730)
    ? undefined
    : 'gremium.settings.lead_days_invalid';

function toValues(rules: RulesOfProcedure): SettingsValues {
  return {
    review: parseSimpleDuration(rules.reviewPeriod),
    reviewPeriod: rules.reviewPeriod,
    answer: parseSimpleDuration(rules.answerPeriod),
    answerPeriod: rules.answerPeriod,
    termAlertLeadDays: rules.termAlertLeadDays.map(String),
    signOffMajority: rules.signOffMajority,
  };
}

function toBody(values: SettingsValues) {
  return {
    reviewPeriod: values.review ? formatSimpleDuration(values.review) : values.reviewPeriod,
    answerPeriod: values.answer ? formatSimpleDuration(values.answer) : values.answerPeriod,
    termAlertLeadDays: values.termAlertLeadDays.map(Number),
    signOffMajority: values.signOffMajority,
    ...(values.meetingId ? { meetingId: values.meetingId } : {}),
  };
}

/** A period as number and unit when it is plain days or weeks, as ISO 8601 text otherwise. */
const PeriodInput = ({ name, simple }: { name: 'review' | 'answer'; simple: boolean }) => {
  const translate = useTranslate();
  if (!simple) {
    return (
      <TextInput
        source={`${name}Period`}
        label={`gremium.settings.${name}Period`}
        validate={[required(), ISO_DURATION]}
        helperText="gremium.settings.iso_help"
      />
    );
  }
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <Typography component="legend" variant="subtitle2">
        {translate(`gremium.settings.${name}Period`)}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput
          source={`${name}.amount`}
          label="gremium.settings.amount"
          validate={[required(), minValue(1), maxValue(1000)]}
          min={1}
          step={1}
          fullWidth={false}
          sx={{ width: 160 }}
        />
        <SelectInput
          source={`${name}.unit`}
          label="gremium.settings.unit"
          choices={UNITS}
          validate={required()}
          fullWidth={false}
          sx={{ width: 200 }}
        />
      </Box>
    </Box>
  );
};

/** For readers: the rules in words. */
const RulesSummary = ({ rules }: { rules: RulesOfProcedure }) => {
  const translate = useTranslate();
  const rows: [string, ReactNode][] = [
    ['reviewPeriod', <PeriodText key="review" value={rules.reviewPeriod} />],
    ['answerPeriod', <PeriodText key="answer" value={rules.answerPeriod} />],
    ['termAlertLeadDays', rules.termAlertLeadDays.join(', ')],
    ['signOffMajority', translate('gremium.settings.more_than_half')],
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}
    >
      {rows.map(([key, value]) => (
        <Box key={key} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 600 }}>
            {translate(`gremium.settings.${key}`)}
          </Box>
          <Box component="dd" sx={{ m: 0 }}>
            {value}
          </Box>
        </Box>
      ))}
    </Box>
  );
};

/** R9: the rules of procedure as the steering group decided them, recorded (and audited) by the coordination office. */
export const SettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data, error } = useRules();
  const { canAccess } = useCanAccess({ resource: 'settings', action: 'edit' });

  const save = async (values: Record<string, unknown>) => {
    try {
      await api('settings', { method: 'PUT', body: toBody(values as unknown as SettingsValues) });
      // The page stays: its rules and the record of change below show the saved values.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: SETTINGS_KEY }),
        queryClient.invalidateQueries({ queryKey: ['record-changes'] }),
      ]);
      notify('gremium.settings.saved', { type: 'success' });
      return undefined;
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: 'error' });
      const body =
        failure instanceof HttpError ? (failure.body as { errors?: Record<string, unknown> } | null) : null;
      return body?.errors;
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="gremium.settings.title" />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('gremium.settings.title')}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2, maxWidth: '75ch' }}>
          {translate('gremium.settings.help')}
        </Typography>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : !data ? (
          <LinearProgress aria-label={translate('ra.page.loading')} />
        ) : !canAccess ? (
          <RulesSummary rules={data} />
        ) : (
          <Form record={toValues(data)} onSubmit={save}>
            <Box sx={{ display: 'grid', gap: 1, maxWidth: 640 }}>
              <PeriodInput name="review" simple={parseSimpleDuration(data.reviewPeriod) !== null} />
              <PeriodInput name="answer" simple={parseSimpleDuration(data.answerPeriod) !== null} />
              <TextArrayInput
                source="termAlertLeadDays"
                label="gremium.settings.termAlertLeadDays"
                helperText="gremium.settings.lead_days_help"
                validate={LEAD_DAYS}
              />
              <SelectInput
                source="signOffMajority"
                label="gremium.settings.signOffMajority"
                choices={[{ id: 'more-than-half', name: 'gremium.settings.more_than_half' }]}
                validate={required()}
              />
              <MeetingInput
                source="meetingId"
                label={translate('gremium.settings.meetingId')}
                filter={{ body: 'steering' }}
                helperText={translate('gremium.settings.meeting_help')}
              />
            </Box>
            <Toolbar>
              <SaveButton />
            </Toolbar>
          </Form>
        )}
        <RecordHistory resource="settings" subjectId={SETTINGS_RECORD_ID} />
      </CardContent>
    </Card>
  );
};
