import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnyMachineSnapshot } from 'xstate';
import type { Actor } from '../definition/actor';
import type { AnyProcessDefinition, EngineEvent, RuleContext } from '../definition/process-definition';
import type { CommandSource } from '../entities/command.entity';
import type { ProcessInstance } from '../entities/process-instance.entity';
import { forbidden, type Refusal } from '../errors/refusal';
import { buildEvent } from './engine-event';
import { accepts, offeredEventTypes, restoreSnapshot } from '../definition/machine-adapter';

export interface CommandRequest {
  type: string;
  payload: Record<string, unknown>;
  source: CommandSource;
}

export type Preparation =
  { ok: true; event: EngineEvent; snapshot: AnyMachineSnapshot } | { ok: false; refusal: Refusal };

/**
 * Decides whether a command may be applied to an instance as the data stands now, in the order the API
 * promises (403, then 409), and builds the enriched event for the pure machine. The API runs it as a
 * pre-check without locks; the worker runs it again under the row lock.
 */
@Injectable()
export class CommandGate {
  async prepare(
    em: EntityManager,
    definition: AnyProcessDefinition,
    instance: ProcessInstance,
    request: CommandRequest,
    actor: Actor | null,
    now: Date,
  ): Promise<Preparation> {
    if (!actor)
      return { ok: false, refusal: forbidden('the account that sent this command no longer exists') };
    const snapshot = restoreSnapshot(definition.machine, instance.state, instance.context);
    const ctx: RuleContext = {
      em,
      actor,
      instance: {
        id: instance.id,
        definitionKey: instance.definitionKey,
        state: instance.state,
        context: instance.context,
      },
      payload: request.payload,
      now,
    };
    const spec = definition.commands[request.type];
    const fromUser = request.source === 'http';
    if (fromUser) {
      if (!spec)
        return {
          ok: false,
          refusal: { code: 'VALIDATION_FAILED', reason: `unknown command ${request.type}` },
        };
      const denied = await spec.permission(ctx);
      if (denied) return { ok: false, refusal: denied };
    }
    // What an effect sends skips the rights (its cause was checked) but not the payload's shape.
    if (!fromUser && spec) {
      const parsed = spec.payload.safeParse(request.payload);
      if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => `payload.${issue.path.join('.')} ${issue.message}`);
        return { ok: false, refusal: { code: 'VALIDATION_FAILED', reason: fields.join('; ') } };
      }
    }
    const offered = offeredEventTypes(snapshot);
    if (!offered.includes(request.type) && !request.type.startsWith('xstate.')) {
      return { ok: false, refusal: this.notAllowed(definition, instance, snapshot, request.type) };
    }
    if (fromUser && spec?.check) {
      const refused = await spec.check(ctx);
      if (refused) return { ok: false, refusal: refused };
    }
    const facts = (await definition.enrich?.({ ...ctx, type: request.type })) ?? {};
    const event = buildEvent(request.type, request.payload, actor, now, facts);
    if (!accepts(snapshot, event)) {
      return { ok: false, refusal: this.notAllowed(definition, instance, snapshot, request.type) };
    }
    return { ok: true, event, snapshot };
  }

  private notAllowed(
    definition: AnyProcessDefinition,
    instance: ProcessInstance,
    snapshot: AnyMachineSnapshot,
    type: string,
  ): Refusal {
    const allowed = offeredEventTypes(snapshot).filter((offered) => offered in definition.commands);
    const where =
      instance.status === 'done' ? 'the process has ended' : `state ${JSON.stringify(instance.state)}`;
    return {
      code: 'COMMAND_NOT_ALLOWED',
      reason: `${type} is not allowed in ${where}`,
      details: { state: instance.state, allowed },
    };
  }
}
