import type { AuditEvent, Command, ProcessView } from '@gremium/workflow';

export function presentProcess({ instance, availableCommands }: ProcessView) {
  return {
    id: instance.id,
    definition: instance.definitionKey,
    definitionVersion: instance.definitionVersion,
    state: instance.state,
    status: instance.status,
    context: instance.context,
    subjectType: instance.subjectType,
    subjectId: instance.subjectId,
    parentId: instance.parentId,
    availableCommands: availableCommands.map(({ type, label, labels, final }) => ({
      type,
      label,
      labels,
      final,
    })),
    createdAt: instance.createdAt,
    updatedAt: instance.updatedAt,
    version: instance.version,
  };
}

export function presentCommand(command: Command) {
  return {
    id: command.id,
    processId: command.processId,
    type: command.type,
    payload: command.payload,
    status: command.status,
    code: command.code ?? undefined,
    reason: command.reason ?? undefined,
    key: command.reasonKey ?? undefined,
    params: command.reasonParams ?? undefined,
    source: command.source,
    createdAt: command.createdAt,
    decidedAt: command.decidedAt,
  };
}

export function presentAuditEvent(event: AuditEvent) {
  return {
    id: event.id,
    processId: event.processId,
    seq: event.seq,
    type: event.type,
    commandId: event.commandId,
    actor: event.actor,
    payload: event.event.payload,
    stateBefore: event.stateBefore,
    stateAfter: event.stateAfter,
    version: event.version,
    at: event.at,
    hash: event.hash,
    prevHash: event.prevHash,
  };
}
