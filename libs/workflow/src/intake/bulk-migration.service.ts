import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { ActorRef } from '../definition/actor';
import { DefinitionRegistry } from '../definition/definition-registry';
import type { CommandStatus } from '../entities/command.entity';
import { ProcessInstance } from '../entities/process-instance.entity';
import { WorkflowError } from '../errors/workflow.error';
import { CommandIntake } from './command-intake.service';

export interface MigrationResult {
  processId: string;
  status: CommandStatus;
  code: string | null;
  reason: string | null;
}

export interface BulkMigrationRequest {
  definitionKey: string;
  fromVersion: number;
  toVersion: number;
  actor: ActorRef & { type: 'user' };
}

/** Instances migrated at once: their commands are stored and awaited together. */
const CHUNK = 32;

/** Moves every active instance of one version to another, one migration command each, one result each. */
@Injectable()
export class BulkMigration {
  constructor(
    private readonly em: EntityManager,
    private readonly registry: DefinitionRegistry,
    private readonly intake: CommandIntake,
  ) {}

  async migrateAll(request: BulkMigrationRequest): Promise<MigrationResult[]> {
    const versions = this.registry.versions(request.definitionKey);
    if (versions.length === 0)
      throw new WorkflowError('NOT_FOUND', `unknown process definition ${request.definitionKey}`);
    if (!versions.includes(request.fromVersion))
      throw new WorkflowError(
        'VALIDATION_FAILED',
        `${request.definitionKey} has no version ${request.fromVersion}`,
        [{ field: 'fromVersion', message: `is not a version of ${request.definitionKey}` }],
      );
    const instances = await this.em
      .fork()
      .find(
        ProcessInstance,
        { definitionKey: request.definitionKey, definitionVersion: request.fromVersion, status: 'active' },
        { fields: ['id'], orderBy: { createdAt: 'asc', id: 'asc' } },
      );
    const results: MigrationResult[] = [];
    for (let start = 0; start < instances.length; start += CHUNK) {
      const chunk = instances.slice(start, start + CHUNK);
      results.push(...(await Promise.all(chunk.map(({ id }) => this.migrateOne(id, request)))));
    }
    return results;
  }

  private async migrateOne(processId: string, request: BulkMigrationRequest): Promise<MigrationResult> {
    try {
      const command = await this.intake.migrate({
        processId,
        toVersion: request.toVersion,
        actor: request.actor,
      });
      return { processId, status: command.status, code: command.code, reason: command.reason };
    } catch (error) {
      // A refusal before storing (403, 400, 409) is this instance's result, not the request's.
      if (!(error instanceof WorkflowError)) throw error;
      return { processId, status: 'rejected', code: error.code, reason: error.message };
    }
  }
}
