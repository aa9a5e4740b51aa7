import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import type { AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import type { Refusal } from '../errors/refusal';
import type { Actor, ActorRef, UserActor } from './actor';
import type { Schedule } from './schedule';

export interface Labels {
  de: string;
  en: string;
}

/** Words for a definition's fields and choices in every language the UI offers (field → labels). */
export interface Vocabulary {
  fields: Record<string, Labels>;
  /** Field → enum value → labels. */
  choices: Record<string, Record<string, Labels>>;
}

/**
 * What a definition is made of, as types: the validated start input, the machine's context, the facts
 * the engine looks up for every event, the payload of each command and the params of each effect (input,
 * facts and payloads are JSON objects: declare them as `type`s or zod inferences). A definition names them once (`ProcessDefinition<MyTypes>`) and every callback it declares is typed.
 */
export interface ProcessTypes {
  input: Record<string, unknown>;
  context: object;
  facts: Record<string, unknown>;
  commands: Record<string, Record<string, unknown>>;
  effects: Record<string, object>;
}

/** How the engine sees any definition: the shapes are the definition's own business. */
export type AnyProcessTypes = ProcessTypes;

/**
 * Callbacks are declared as methods, so a definition typed with its own context can be registered
 * among definitions of other contexts (method parameters are compared bivariantly).
 */
type Method<TArgs extends unknown[], TResult> = { call(...args: TArgs): TResult }['call'];

/** What a running process looks like to a permission rule or an enricher. */
export interface InstanceView<TContext extends object = Record<string, unknown>> {
  id: string;
  definitionKey: string;
  state: unknown;
  context: TContext;
  /** When the process was started (e.g. a decision cannot be dated before it). */
  startedAt: Date;
}

export interface RuleContext<
  TContext extends object = Record<string, unknown>,
  TPayload extends object = Record<string, unknown>,
> {
  em: EntityManager;
  actor: Actor;
  instance: InstanceView<TContext> | null;
  payload: TPayload;
  now: Date;
}

/** Evaluated against the data at the moment of the check; returns null when allowed. */
export type PermissionRule<
  TContext extends object = Record<string, unknown>,
  TPayload extends object = Record<string, unknown>,
> = Method<[ctx: RuleContext<TContext, TPayload>], Promise<Refusal | null>>;

export interface CommandDefinition<
  TContext extends object = Record<string, unknown>,
  TPayload extends object = Record<string, unknown>,
> {
  payload: z.ZodType<TPayload>;
  label: Labels;
  permission: PermissionRule<TContext, TPayload>;
  /** Domain checks that need data (e.g. "the candidate must be a member"); null when fine. */
  check?: PermissionRule<TContext, TPayload>;
  /** The command decides the process for good: the dashboard asks for confirmation. */
  final?: boolean;
}

/** Engine operations an effect may use inside the transaction that applies the transition. */
export interface EngineOps {
  startProcess(definitionKey: string, input: Record<string, unknown>): Promise<{ id: string }>;
  sendCommand(
    processId: string,
    type: string,
    payload: Record<string, unknown>,
    options?: SendOptions,
  ): Promise<void>;
  notify(notification: NotificationRequest): Promise<void>;
}

/** A command an effect sends: by default keyed by the causing event and sent by the engine. */
export interface SendOptions {
  /** Unique per target process: a second send with the same key is not stored again. */
  idempotencyKey?: string;
  /** Whose decision it records (e.g. the user who approved the minutes); the engine by default. */
  actor?: ActorRef;
}

export interface NotificationRequest {
  kind: string;
  subjectType: string;
  subjectId: string;
  message: string;
  /** A user (by id) or every user with a stored role. */
  recipient: { role: string } | { userId: string };
  email?: NotificationEmail;
}

/** The e-mail of a notification; `calendar` is an iCalendar attachment (e.g. a meeting invitation). */
export interface NotificationEmail {
  to: string[];
  subject: string;
  text: string;
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
}

/** The event the pure machine receives: the command's payload plus what the engine looked up for it. */
export type EngineEvent<
  TFacts extends Record<string, unknown> = Record<string, unknown>,
  TPayload extends Record<string, unknown> = Record<string, unknown>,
> = {
  type: string;
  payload: TPayload;
  now: number;
  actor: { type: 'user'; userId: string; personId: string | null } | { type: 'system' };
  newId: string;
  facts: TFacts;
};

export interface EffectContext<TContext extends object = Record<string, unknown>> {
  em: EntityManager;
  instance: InstanceView<TContext>;
  event: EngineEvent;
  now: Date;
  engine: EngineOps;
}

export type EffectHandler<
  TContext extends object = Record<string, unknown>,
  TParams extends object = Record<string, unknown>,
> = Method<[ctx: EffectContext<TContext>, params: TParams], Promise<void>>;

/**
 * The task a state waits on, declared as `meta.task` on the state node: a body, the person named in a
 * context field, or one task per person listed in a context field. `forEach` names a context field
 * holding a list: one task per item (e.g. one per addressee still to forward to).
 */
export interface TaskMeta {
  awaiting: { body: string } | { personIdFrom: string } | { personIdsFrom: string };
  commands: string[];
  forEach?: string;
  label?: Labels;
}

/** A stable code with its parameters: `{ code: 'voted', params: { vote: 'approve' } }`. */
export interface ActorNote {
  code: string;
  params: Record<string, string>;
}

export interface ProcessDefinition<T extends ProcessTypes = AnyProcessTypes> {
  key: string;
  version: number;
  machine: AnyStateMachine;
  input: z.ZodType<T['input']>;
  labels: Labels;
  /** What starting one means, in a sentence for the start form. */
  description?: Labels;
  stateLabels?: Record<string, Labels>;
  /** Labels of the input's and payloads' fields and choices: the dashboard builds its forms from them. */
  vocabulary?: Vocabulary;
  /** The context fields that say what a process is about, in the order a reader wants them. */
  summary?: readonly string[];
  /** `own`: started from a form of its own (a recommendation, a meeting), not the generic start form. */
  startForm?: 'generic' | 'own';
  commands: { [K in keyof T['commands']]: CommandDefinition<T['context'], T['commands'][K]> };
  startPermission: PermissionRule<T['context'], T['input']>;
  /** Domain checks on the input that need data (e.g. "the group must be active"); null when fine. */
  startCheck?: PermissionRule<T['context'], T['input']>;
  subject?(context: T['context']): { type: string; id: string } | null;
  /** Facts the pure machine may not look up itself (e.g. seat counts), added to every event. */
  enrich?(ctx: RuleContext<T['context']> & { type: string }): Promise<T['facts']>;
  effects?: { [K in keyof T['effects']]: EffectHandler<T['context'], T['effects'][K]> };
  /** A recurring start: the engine starts one instance per occurrence (see Schedule). */
  schedule?: Schedule<T['input']>;
  /** How running instances of the previous version become instances of this one. */
  migrateFrom?: MigrationFrom<T['context']>;
  /** What this user already did in the process as it stands, as a code the dashboard words (e.g. `voted`). */
  actorNote?(context: T['context'], actor: UserActor): ActorNote | null;
  /** Writes the domain rows that mirror the process (e.g. an appointment's status) after each transition. */
  project?(ctx: EffectContext<T['context']>): Promise<void>;
  /** Tables the process writes besides the engine's (its read model): registered with the ORM, and listed. */
  readModels?: readonly ReadModel[];
}

/**
 * A table a process keeps up to date. With a `resource` it is also served read-only as
 * `GET /api/<resource>` (a list with react-admin's filter, sort and range) and `GET /api/<resource>/:id`.
 */
export interface ReadModel {
  entity: EntityClass<object>;
  resource?: string;
  sortable?: readonly string[];
  defaultSort?: [field: string, direction: 'ASC' | 'DESC'];
  /** Filterable fields holding ids (each value a UUID or a list of them). */
  idFilters?: readonly string[];
}

/**
 * The declared mapping of a new version from the one before it. Only the listed top-level states migrate
 * (an instance elsewhere is refused with MIGRATION_NOT_COVERED and finishes on its version); `true` keeps
 * the state value, anything else is the new state value. Pending timers follow the new machine: a delay it
 * still has keeps its due time, one it no longer has is voided, a new one is planned from the migration.
 */
export interface MigrationFrom<TContext extends object = Record<string, unknown>> {
  version: number;
  states: Record<string, true | string | Record<string, unknown>>;
  /** The new version's context from the old one (typed as the new one: fields it adds are absent). */
  context?(previous: TContext): TContext;
}

export type AnyProcessDefinition = ProcessDefinition<AnyProcessTypes>;

/** Types a definition by its own shapes and hands it to the engine as one of all definitions. */
export function defineProcess<T extends ProcessTypes>(
  definition: ProcessDefinition<T>,
): AnyProcessDefinition {
  return definition;
}
