import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SYSTEM_ENGINE } from '../definition/actor';
import type { EngineEvent, EngineOps, NotificationRequest } from '../definition/process-definition';
import { Command } from '../entities/command.entity';
import { Notification } from '../entities/notification.entity';
import type { EffectBatch } from '../outbox/effect-batch';

export interface OpsScope {
  em: EntityManager;
  batch: EffectBatch;
  processId: string;
  event: EngineEvent;
  now: Date;
  startProcess: EngineOps['startProcess'];
}

/** The operations an effect may use; each writes rows in the effect's own transaction. */
export function createEngineOps(scope: OpsScope): EngineOps {
  return {
    startProcess: scope.startProcess,
    async sendCommand(processId, type, payload, options = {}) {
      const id = randomUUID();
      const idempotencyKey = options.idempotencyKey ?? `engine:${scope.event.newId}:${type}`;
      if (options.idempotencyKey && (await scope.em.count(Command, { processId, idempotencyKey }))) return;
      scope.em.create(Command, {
        id,
        processId,
        type,
        payload,
        // One per causing event and target: a redelivered cause cannot send it twice.
        idempotencyKey,
        actor: options.actor ?? SYSTEM_ENGINE,
        source: 'engine',
        status: 'queued',
        code: null,
        reason: null,
        createdAt: scope.now,
        decidedAt: null,
      });
      scope.batch.command(scope.em, id, scope.now);
    },
    async notify(request: NotificationRequest) {
      const id = randomUUID();
      scope.em.create(Notification, {
        id,
        kind: request.kind,
        subjectType: request.subjectType,
        subjectId: request.subjectId,
        processId: scope.processId,
        message: request.message,
        recipientId: 'userId' in request.recipient ? request.recipient.userId : null,
        recipientRole: 'role' in request.recipient ? request.recipient.role : null,
        email: request.email && request.email.to.length > 0 ? request.email : null,
        createdAt: scope.now,
        mailedAt: null,
      });
      if (request.email && request.email.to.length > 0) {
        scope.batch.enqueue(scope.em, 'mail', id, { notificationId: id }, scope.now);
      }
    },
  };
}
