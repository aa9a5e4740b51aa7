import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyStateMachine } from 'xstate';
import type { z } from 'zod';
import type { Refusal } from '../errors/refusal';
import type { Actor, ActorRef } from './actor';

export interface Labels {
  de: string;
  en: string;
}

/** What a running process looks like to a permission rule or an enricher. */
export interface InstanceView {
  id: string;
  definitionKey: string;
  state: unknown;
  context: Record<string, unknown>;
}

export interface RuleContext {
  em: EntityManager;
  actor: Actor;
  instance: InstanceView | null;
  payload: Record<string, unknown>;
  now: Date;
}

/** Evaluated against the data at the moment of the check; returns null when allowed. */
export type PermissionRule = (ctx: RuleContext) => Promise<Refusal | null>;

export interface CommandDefinition {
  payload: z.ZodType<Record<string, unknown>>;
  label: Labels;
  permission: PermissionRule;
  /** Domain checks that need data (e.g. "the candidate must be a member"); null when fine. */
  check?: (ctx: RuleContext) => Promise<Refusal | null>;
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
  recipient: { role: string } | { personId: string };
  email?: NotificationEmail;
}

/** The e-mail of a notification; `calendar` is an iCalendar attachment (e.g. a meeting invitation). */
export interface NotificationEmail {
  to: string[];
  subject: string;
  text: string;
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; filename: string; content: string };
}

export interface EffectContext {
  em: EntityManager;
  instance: InstanceView;
  event: EngineEvent;
  now: Date;
  engine: EngineOps;
}

export type EffectHandler = (ctx: EffectContext, params: Record<string, unknown>) => Promise<void>;

/** The event the pure machine receives: the command's payload plus what the engine looked up for it. */
export interface EngineEvent {
  type: string;
  payload: Record<string, unknown>;
  now: number;
  actor: { type: 'user'; userId: string; personId: string | null } | { type: 'system' };
  newId: string;
  facts: Record<string, unknown>;
}

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

export interface ProcessDefinition<TInput extends Record<string, unknown> = Record<string, unknown>> {
  key: string;
  version: number;
  machine: AnyStateMachine;
  input: z.ZodType<TInput>;
  labels: Labels;
  stateLabels?: Record<string, Labels>;
  commands: Record<string, CommandDefinition>;
  startPermission: PermissionRule;
  /** Domain checks on the input that need data (e.g. "the group must be active"); null when fine. */
  startCheck?: (ctx: RuleContext) => Promise<Refusal | null>;
  subject?: (context: Record<string, unknown>) => { type: string; id: string } | null;
  /** Facts the pure machine may not look up itself (e.g. seat counts), added to every event. */
  enrich?: (ctx: RuleContext & { type: string }) => Promise<Record<string, unknown>>;
  effects?: Record<string, EffectHandler>;
  /** Writes the domain rows that mirror the process (e.g. an appointment's status) after each transition. */
  project?: (ctx: EffectContext) => Promise<void>;
}

export type AnyProcessDefinition = ProcessDefinition<Record<string, unknown>>;
