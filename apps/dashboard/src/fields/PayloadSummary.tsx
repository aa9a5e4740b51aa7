import Box from '@mui/material/Box';
import { ReferenceField, useGetMany, useLocaleState, useTranslate } from 'react-admin';
import type { Vocabulary } from '../types';
import { formatDate } from './dates';

const NO_WORDS: Vocabulary = { fields: {}, choices: {} };

const REFERENCES: Record<string, string> = {
  personId: 'people',
  organizationId: 'organizations',
  meetingId: 'meetings',
  adoptedAtMeetingId: 'meetings',
  workingGroupId: 'working-groups',
  onBehalfOfId: 'organizations',
  electedPersonId: 'people',
};
const REFERENCE_LISTS: Record<string, string> = { initialMemberIds: 'people', memberIds: 'people' };

const Names = ({ reference, ids }: { reference: string; ids: string[] }) => {
  const { data } = useGetMany<{ id: string; name: string }>(reference, { ids });
  return <>{(data ?? []).map((item) => item.name).join(', ') || '–'}</>;
};
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The definition's words first, the dashboard's catalogue for the fields it does not name. */
function useWords(vocabulary: Vocabulary) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return {
    field: (name: string) =>
      vocabulary.fields[name]?.[locale] ?? translate(`gremium.payload.${name}`, { _: name }),
    choice: (name: string, value: string) =>
      vocabulary.choices[name]?.[value]?.[locale] ??
      translate(`gremium.choices.${name}.${value}`, { _: value }),
  };
}

/** One value in the user's language: a reference by name, a date as a German date, a choice by its word. */
export const PayloadValue = ({
  name,
  value,
  vocabulary = NO_WORDS,
}: {
  name: string;
  value: unknown;
  vocabulary?: Vocabulary;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const words = useWords(vocabulary);
  const reference = REFERENCES[name];
  if (reference && typeof value === 'string') {
    return (
      <ReferenceField record={{ id: value, [name]: value }} source={name} reference={reference} link="show" />
    );
  }
  if (REFERENCE_LISTS[name] && Array.isArray(value)) {
    return <Names reference={REFERENCE_LISTS[name]} ids={value.map(String)} />;
  }
  if (typeof value === 'object' && value !== null && 'decision' in value) {
    // A body's recorded decision (P1, P2): what it decided, with the vote count when there is one.
    const { decision, votes } = value as { decision: unknown; votes?: unknown };
    return (
      <>
        <PayloadValue name="decision" value={decision} vocabulary={vocabulary} />
        {votes ? ' (' : ''}
        {votes ? <PayloadValue name="votes" value={votes} vocabulary={vocabulary} /> : null}
        {votes ? ')' : ''}
      </>
    );
  }
  if (typeof value === 'object' && value !== null && 'reason' in value) {
    return <>{String((value as { reason: unknown }).reason)}</>;
  }
  if (name === 'votes' && typeof value === 'object' && value !== null) {
    const votes = value as Record<string, unknown>;
    return (
      <>
        {(['yes', 'no', 'abstain'] as const)
          .map((key) => `${translate(`gremium.command_dialog.${key}`)}: ${String(votes[key] ?? '–')}`)
          .join(' · ')}
      </>
    );
  }
  if (typeof value === 'string') {
    if (CALENDAR_DATE.test(value)) return <>{formatDate(value, locale)}</>;
    return <>{words.choice(name, value)}</>;
  }
  if (Array.isArray(value)) {
    return (
      <>
        {value
          .map((item) => (typeof item === 'string' ? words.choice(name, item) : JSON.stringify(item)))
          .join(', ')}
      </>
    );
  }
  if (typeof value === 'boolean') return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
  if (typeof value === 'number') return <>{String(value)}</>;
  return <PayloadSummary payload={value} vocabulary={vocabulary} />;
};

/** A payload or input as label–value pairs in the user's language, references by name. */
export const PayloadSummary = ({
  payload,
  vocabulary = NO_WORDS,
}: {
  payload: unknown;
  vocabulary?: Vocabulary;
}) => {
  const words = useWords(vocabulary);
  if (typeof payload !== 'object' || payload === null) return null;
  const entries = Object.entries(payload).filter(([, value]) => value !== null && value !== undefined);
  if (entries.length === 0) return null;
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.25 }}
    >
      {entries.map(([name, value]) => (
        <Box key={name} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: 600 }}>
            {words.field(name)}
          </Box>
          <Box component="dd" sx={{ m: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <PayloadValue name={name} value={value} vocabulary={vocabulary} />
          </Box>
        </Box>
      ))}
    </Box>
  );
};
