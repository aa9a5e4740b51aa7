import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyMachineSnapshot } from 'xstate';
import type { Actor } from '../definition/actor';
import type { AnyProcessDefinition, EngineEvent, RuleContext } from '../definition/process-definition';
import type { CommandSource } from '../entities/command.entity';
import type { ProcessInstance } from '../entities/process-instance.entity';
import { forbidden, type Refusal, engineCoded } from '../errors/refusal';
import { buildEvent } from './engine-event';
import { accepts, offeredEventTypes, restoreSnapshot } from '../definition/machine-adapter';
import { CANCELLED_EVENT, OperatorCommands } from './operator-commands';
import { instanceView } from './instance-view';

export interface CommandRequest {
  type: string;
  payload: Record<string, unknown>;
  source: CommandSource;
}

/** `machine`: the pure machine takes the event; `cancel`: the engine ends the process itself. */
export type Preparation =
  | { ok: true; kind: 'machine'; event: EngineEvent; snapshot: AnyMachineSnapshot }
  | { ok: true; kind: 'cancel'; event: EngineEvent }
  | { ok: false; refusal: Refusal };

const noAccount = () => forbidden(engineCoded('command.account_gone'));

/**
 * Decides whether a command may be applied to an instance as the data stands now, in the order the API
 * promises (403, then 409), and builds the enriched event for the pure machine. The API runs it as a
 * pre-check without locks; the worker runs it again under the row lock.
 */
@Injectable()
export class CommandGate {
  constructor(private readonly operator: OperatorCommands) {}

  /**
   * Only the command's permission rule (403): checked before an idempotency key is looked up, so that a
   * user without the right never learns about (or is answered with) somebody else's command.
   */
  async permitted(
    em: EntityManager,
    definition: AnyProcessDefinition,
    instance: ProcessInstance,
    request: CommandRequest,
    actor: Actor | null,
    now: Date,
  ): Promise<Refusal | null> {
    if (!actor) return noAccount();
    const spec = this.operator.commandsOf(definition)[request.type];
    if (!spec) {
      return {
        code: 'VALIDATION_FAILED',
        reason: `unknown command ${request.type}`,
        key: 'command.unknown',
        params: { command: request.type },
      };
    }
    return spec.permission(this.ruleContext(em, instance, request, actor, now));
  }

  async prepare(
    em: EntityManager,
    definition: AnyProcessDefinition,
    instance: ProcessInstance,
    request: CommandRequest,
    actor: Actor | null,
    now: Date,
  ): Promise<Preparation> {
    if (!actor) return { ok: false, refusal: noAccount() };
    const fromUser = request.source === 'http';
    if (fromUser) {
      const denied = await this.permitted(em, definition, instance, request, actor, now);
      if (denied) return { ok: false, refusal: denied };
    }
    const ctx = this.ruleContext(em, instance, request, actor, now);
    const spec = this.operator.commandsOf(definition)[request.type];
    // What an effect sends skips the rights (its cause was checked) but not the payload's shape.
    if (!fromUser && spec) {
      const parsed = spec.payload.safeParse(request.payload);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => `payload.${issue.path.join('.')} ${issue.message}`);
        return {
          ok: false,
          refusal: { code: 'VALIDATION_FAILED', reason: fields.join('; '), key: 'validation.invalid' },
        };
      }
    }
    if (instance.status === 'done')
      return { ok: false, refusal: this.notAllowed(instance, request.type, []) };
    const snapshot = restoreSnapshot(definition.machine, instance.state, instance.context);
    if (this.operator.appliesItself(definition, request.type)) {
      return {
        ok: true,
        kind: 'cancel',
        event: buildEvent(CANCELLED_EVENT, request.payload, actor, now, {}),
      };
    }
    const offered = offeredEventTypes(snapshot);
    if (!offered.includes(request.type) && !request.type.startsWith('xstate.')) {
      return {
        ok: false,
        refusal: this.notAllowed(instance, request.type, this.allowed(definition, snapshot)),
      };
    }
    if (fromUser && spec?.check) {
      const refused = await spec.check(ctx);
      if (refused) return { ok: false, refusal: refused };
    }
    const facts = (await definition.enrich?.({ ...ctx, type: request.type })) ?? {};
    const event = buildEvent(request.type, request.payload, actor, now, facts);
    if (!accepts(snapshot, event)) {
      return {
        ok: false,
        refusal: this.notAllowed(instance, request.type, this.allowed(definition, snapshot)),
      };
    }
    return { ok: true, kind: 'machine', event, snapshot };
  }

  private allowed(definition: AnyProcessDefinition, snapshot: AnyMachineSnapshot): string[] {
    const commands = this.operator.commandsOf(definition);
    const offered = offeredEventTypes(snapshot).filter((type) => type in commands);
    const engine = Object.keys(commands).filter((type) => this.operator.appliesItself(definition, type));
    return [...new Set([...offered, ...engine])];
  }

  private ruleContext(
    em: EntityManager,
    instance: ProcessInstance,
    request: CommandRequest,
    actor: Actor,
    now: Date,
  ): RuleContext {
    return {
      em,
      actor,
      instance: instanceView(instance),
      payload: request.payload,
      now,
    };
  }

  private notAllowed(instance: ProcessInstance, type: string, allowed: string[]): Refusal {
    const where =
      instance.status === 'done' ? 'the process has ended' : `state ${JSON.stringify(instance.state)}`;
    return {
      code: 'COMMAND_NOT_ALLOWED',
      reason: `${type} is not allowed in ${where}`,
      key: 'command.not_allowed',
      params: { command: type },
      details: { state: instance.state, allowed },
    };
  }
}
