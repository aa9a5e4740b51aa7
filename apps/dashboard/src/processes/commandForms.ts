/** The payload form a command gets until definitions describe their payloads to the dashboard. */
export type CommandForm =
  { kind: 'decision'; choices: readonly string[] } | { kind: 'reason' } | { kind: 'json' };

/** The body decisions of P1 and P2 (domain.md); other definitions' decisions need fields this form lacks. */
const CONSENT_DECISIONS: Partial<Record<string, readonly string[]>> = {
  STEERING_DECISION: ['granted', 'refused'],
  PLENARY_DECISION: ['adopted', 'rejected'],
};
const CONSENT_DEFINITIONS = new Set(['working-group-founding', 'working-group-dissolution']);
const REASON_COMMANDS = new Set(['WITHDRAW', 'CANCEL']);

export function commandFormFor(definition: string, type: string): CommandForm {
  const choices = CONSENT_DECISIONS[type];
  if (choices && CONSENT_DEFINITIONS.has(definition)) return { kind: 'decision', choices };
  if (REASON_COMMANDS.has(type)) return { kind: 'reason' };
  return { kind: 'json' };
}

interface CommandValues {
  decision?: string;
  votes?: { yes?: number | null; no?: number | null; abstain?: number | null };
  note?: string | null;
  reason?: string;
  payload?: string;
}

const VOTE_KEYS = ['yes', 'no', 'abstain'] as const;

const votesGiven = (values: CommandValues) =>
  VOTE_KEYS.filter((key) => typeof values.votes?.[key] === 'number');

/** Vote counts are optional, but a count is only meaningful with all three numbers. */
export const allVotesOrNone = (value: unknown, values: Record<string, unknown>) => {
  const given = votesGiven(values as CommandValues).length;
  return given > 0 && given < VOTE_KEYS.length && typeof value !== 'number'
    ? 'gremium.command_dialog.votes_incomplete'
    : undefined;
};

export const wholeNumber = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'gremium.command_dialog.integer' : undefined;

export const jsonObject = (value: unknown) => {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? undefined
      : 'gremium.command_dialog.invalid_json';
  } catch {
    return 'gremium.command_dialog.invalid_json';
  }
};

export function payloadOf(form: CommandForm, formValues: Record<string, unknown>): Record<string, unknown> {
  const values = formValues as CommandValues;
  switch (form.kind) {
    case 'decision': {
      const note = values.note?.trim();
      const votes = votesGiven(values).length === VOTE_KEYS.length ? { votes: values.votes } : {};
      return { decision: values.decision, ...votes, ...(note ? { note } : {}) };
    }
    case 'reason':
      return { reason: values.reason?.trim() };
    case 'json':
      return JSON.parse(values.payload ?? '{}') as Record<string, unknown>;
  }
}
