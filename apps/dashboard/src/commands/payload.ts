import type { CodedProblem } from './problem-message';
import type { JsonSchema } from '../types';

/** How one payload property is asked for. */
export type FieldKind =
  | 'choice'
  | 'choices'
  | 'votes'
  | 'person'
  | 'groupMember'
  | 'organization'
  | 'meeting'
  | 'workingGroup'
  | 'date'
  | 'longText'
  | 'text'
  | 'tags'
  | 'number'
  | 'numbers'
  | 'people'
  | 'object'
  | 'boolean'
  | 'file';

export interface FieldPlan {
  name: string;
  kind: FieldKind;
  required: boolean;
  schema: JsonSchema;
  /** For choice(s): the values offered (the schema's enum, narrowed by the process where it says more). */
  choices?: readonly string[];
  /** For reference inputs: the list filter (meetings of one body, organizations of the seat's kind…). */
  filter?: Record<string, unknown>;
  defaultValue?: unknown;
  /** Required only when another field has a value (termStart when the plenary appoints). */
  requiredWhen?: { field: string; equals: string };
  /** For reference inputs filtered by another field of the same form (organizations of the chosen seat). */
  filterFrom?: { field: string; as: string };
  /** For objects: one plan per property. */
  fields?: FieldPlan[];
}

const LONG_TEXTS = new Set(['reason', 'note', 'comment', 'summary', 'text', 'rationale']);
const DATES = new Set(['termStart', 'date', 'effectiveDate', 'since', 'answerDueOn']);
const VOTE_KEYS = ['yes', 'no', 'abstain'] as const;

const isUuid = (schema: JsonSchema) => schema.type === 'string' && schema.format === 'uuid';
const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;

function meetingFilter(type: string, context: Record<string, unknown>): Record<string, unknown> {
  if (type === 'STEERING_DECISION') return { body: 'steering' };
  if (type === 'PLENARY_DECISION') return { body: 'plenary' };
  return typeof context.workingGroupId === 'string'
    ? { body: 'working-group', workingGroupId: context.workingGroupId }
    : {};
}

function kindOf(name: string, schema: JsonSchema, type: string): FieldKind {
  if (schema.enum) return 'choice';
  if (name === 'votes' && schema.type === 'object') return 'votes';
  if (schema.type === 'array') {
    if (schema.items?.enum) return 'choices';
    if (schema.items && isUuid(schema.items) && /(member|person)Ids$/i.test(name)) return 'people';
    return schema.items?.type === 'integer' || schema.items?.type === 'number' ? 'numbers' : 'tags';
  }
  if (schema.type === 'object' && schema.properties) return 'object';
  if (name === 'fileId') return 'file';
  if (isUuid(schema) || name.endsWith('Id')) {
    if (name === 'personId') return type === 'ELECT' ? 'groupMember' : 'person';
    if (name === 'organizationId') return 'organization';
    if (/meetingId$/i.test(name)) return 'meeting';
    if (name === 'workingGroupId') return 'workingGroup';
  }
  if (schema.format === 'date' || DATES.has(name) || /Date$/.test(name)) return 'date';
  if (schema.type === 'integer' || schema.type === 'number') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  if (LONG_TEXTS.has(name) || (schema.maxLength ?? 0) > 500) return 'longText';
  return 'text';
}

/**
 * The form for a command, read from its payload schema (`GET /api/process-definitions/:key`) and narrowed
 * by what the process knows: which addressees still wait for a forward or an answer, the seat's kind, the group.
 */
export function planFields(
  type: string,
  schema: JsonSchema,
  context: Record<string, unknown> = {},
): FieldPlan[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const plan: FieldPlan = {
      name,
      kind: kindOf(name, property, type),
      required: required.has(name),
      schema: property,
    };
    if (plan.kind === 'choice') {
      const all = (property.enum ?? []).map(String);
      const narrowed =
        name === 'addressee'
          ? stringList(
              type === 'FORWARD'
                ? context.toForward
                : type === 'RECORD_ANSWER'
                  ? context.unanswered
                  : undefined,
            )
          : undefined;
      plan.choices = narrowed?.length ? all.filter((value) => narrowed.includes(value)) : all;
      if (plan.choices.length === 1 && plan.required) plan.defaultValue = plan.choices[0];
    }
    if (plan.kind === 'choices') plan.choices = (property.items?.enum ?? []).map(String);
    if (plan.kind === 'meeting') plan.filter = meetingFilter(type, context);
    if (plan.kind === 'organization' && typeof context.seat === 'string')
      plan.filter = { kind: context.seat };
    if (plan.kind === 'organization' && schema.properties?.seat)
      plan.filterFrom = { field: 'seat', as: 'kind' };
    if (plan.kind === 'object') plan.fields = planFields(type, property, context);
    if (plan.kind === 'groupMember' && typeof context.workingGroupId === 'string') {
      plan.filter = { workingGroupId: context.workingGroupId };
    }
    if (name === 'termStart' && type === 'PLENARY_DECISION') {
      const proposed = context.proposedTermStart;
      if (typeof proposed === 'string') plan.defaultValue = proposed;
      else plan.requiredWhen = { field: 'decision', equals: 'appointed' };
    }
    return plan;
  });
}

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The form's values as the payload: trimmed, without empty optional fields, vote counts only when complete. */
export function toPayload(plan: FieldPlan[], values: Record<string, unknown>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of plan) {
    const value = values[field.name];
    if (field.kind === 'votes') {
      const votes = value as Partial<Record<(typeof VOTE_KEYS)[number], unknown>> | undefined;
      if (votes && VOTE_KEYS.every((key) => typeof votes[key] === 'number')) payload[field.name] = votes;
      continue;
    }
    if (field.kind === 'object') {
      const inner = toPayload(field.fields ?? [], (value ?? {}) as Record<string, unknown>);
      if (Object.keys(inner).length > 0 || field.required) payload[field.name] = inner;
      continue;
    }
    if (field.kind === 'numbers' && typeof value === 'string') {
      const numbers = value
        .split(/[,;\s]+/)
        .filter(Boolean)
        .map(Number);
      if (numbers.length > 0 || field.required) payload[field.name] = numbers;
      continue;
    }
    if (field.kind === 'tags' && typeof value === 'string') {
      const tags = value
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean);
      if (tags.length > 0 || field.required) payload[field.name] = tags;
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > 0 || field.required) payload[field.name] = value;
      continue;
    }
    if (isBlank(value)) continue;
    payload[field.name] = typeof value === 'string' ? value.trim() : value;
  }
  return payload;
}

/** `details: [{field: "payload.termStart", message}]` → `{termStart: message}` for the form's fields. */
export function fieldErrorsOf(
  details: unknown,
  plan: FieldPlan[],
  word: (problem: CodedProblem) => string = (problem) => problem.message,
): Record<string, string> {
  if (!Array.isArray(details)) return {};
  const names = new Set(plan.map((field) => field.name));
  const errors: Record<string, string> = {};
  for (const item of details as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const problem = item as CodedProblem;
    if (typeof problem.field !== 'string' || typeof problem.message !== 'string') continue;
    const name = problem.field.replace(/^(payload|input)\./, '');
    const top = name.split('.')[0];
    if (names.has(top)) errors[name] = word(problem);
  }
  return errors;
}
