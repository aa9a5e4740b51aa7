import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type {
  AnyProcessDefinition,
  CommandDefinition,
  PermissionRule,
} from '../definition/process-definition';
import { forbidden } from '../errors/refusal';

/** Ends any active process whose definition does not declare a CANCEL of its own. */
export const CANCEL_COMMAND = 'CANCEL';
/** The audit event of an operator's CANCEL; the process's state becomes `cancelled`. */
export const CANCELLED_EVENT = 'process.cancelled';
export const CANCELLED_STATE = 'cancelled';
export const CANCELLED_LABEL = { de: 'Abgebrochen', en: 'Cancelled' };

/** The role (given by the domain) that operates the engine: cancels any process, migrates instances. */
export const OPERATOR_ROLE = Symbol('OPERATOR_ROLE');

export const cancelPayload = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();

/**
 * The commands the engine offers on every process besides those its definition declares. A definition's
 * own command of the same type wins (P5 cancels an election its own way).
 */
@Injectable()
export class OperatorCommands {
  readonly permission: PermissionRule;
  private readonly engine: Record<string, CommandDefinition>;

  constructor(@Inject(OPERATOR_ROLE) readonly role: string) {
    this.permission = async ({ actor }) =>
      actor.type === 'user' && actor.roles.includes(role)
        ? null
        : forbidden(`only the ${role} role may do this`);
    this.engine = {
      [CANCEL_COMMAND]: {
        payload: cancelPayload,
        label: { de: 'Vorgang abbrechen', en: 'Cancel the process' },
        permission: this.permission,
        final: true,
      },
    };
  }

  /** Every command of the definition, the engine's included. */
  commandsOf(definition: AnyProcessDefinition): Record<string, CommandDefinition> {
    const engine = Object.entries(this.engine).filter(([type]) => !(type in definition.commands));
    return { ...definition.commands, ...Object.fromEntries(engine) };
  }

  /** Whether the engine (not the machine) applies this command to instances of the definition. */
  appliesItself(definition: AnyProcessDefinition, type: string): boolean {
    return type in this.engine && !(type in definition.commands);
  }

  declares(type: string): boolean {
    return type in this.engine;
  }
}
