import { DynamicModule, Module, type Provider, type Type } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@gremium/platform';
import { Clock } from './clock/clock.service';
import type { AnyProcessDefinition } from './definition/process-definition';
import { DefinitionRegistry } from './definition/definition-registry';
import { CommandApplier } from './engine/command-applier';
import { CommandBatcher } from './engine/command-batcher';
import { CommandGate } from './engine/command-gate';
import {
  ACTOR_RESOLVER,
  TASK_SCHEDULER,
  type ActorResolver,
  type TaskScheduler,
} from './engine/engine-tokens';
import { OPERATOR_ROLE, OperatorCommands } from './engine/operator-commands';
import { InstanceMigrator } from './engine/instance-migrator';
import { ProcessStarter } from './engine/process-starter';
import { TaskSynchronizer } from './engine/task-synchronizer';
import { TransitionRecorder } from './engine/transition-recorder';
import { BulkMigration } from './intake/bulk-migration.service';
import { CommandIntake } from './intake/command-intake.service';
import { CommandWaiter } from './intake/command-waiter.service';
import { NotificationMailer } from './notifications/notification-mailer';
import { PERSON_NAMES, type PersonNames } from './notifications/person-refs';
import { CommandDispatch } from './outbox/command-dispatch';
import { OutboxPublisher } from './outbox/outbox-publisher.service';
import { ProcessQueries } from './queries/process-queries.service';
import { SharedReads } from './queries/shared-reads';
import { Incidents } from './operations/incidents.service';
import { WorkQueries } from './queries/work-queries.service';
import { Sweeper } from './timers/sweeper';
import { Scheduler } from './timers/scheduler';
import { TimerFirer } from './timers/timer-firer';

export interface WorkflowModuleOptions {
  definitions: readonly AnyProcessDefinition[];
  actorResolver: Type<ActorResolver>;
  /** Sets the due date of newly opened tasks (none by default). */
  taskScheduler?: Type<TaskScheduler>;
  /** The role that operates the engine: cancels any active process, migrates instances, sees incidents. */
  operatorRole: string;
  /** Puts people's names into stored texts when they are sent (see person-refs). */
  personNames: Type<PersonNames>;
  /** The API takes commands in and waits for their decisions; a pure worker does not. */
  intake: boolean;
}

@Module({})
export class WorkflowModule {
  static forRoot(options: WorkflowModuleOptions): DynamicModule {
    const core: Provider[] = [
      { provide: DefinitionRegistry, useValue: new DefinitionRegistry(options.definitions) },
      {
        provide: Clock,
        inject: [APP_CONFIG],
        useFactory: (config: AppConfig) => new Clock(config.env === 'test'),
      },
      { provide: ACTOR_RESOLVER, useClass: options.actorResolver },
      ...(options.taskScheduler ? [{ provide: TASK_SCHEDULER, useClass: options.taskScheduler }] : []),
      { provide: OPERATOR_ROLE, useValue: options.operatorRole },
      OperatorCommands,
      { provide: PERSON_NAMES, useClass: options.personNames },
      CommandGate,
      TaskSynchronizer,
      TransitionRecorder,
      ProcessStarter,
      InstanceMigrator,
      CommandApplier,
      CommandBatcher,
      OutboxPublisher,
      CommandDispatch,
      Scheduler,
      TimerFirer,
      Sweeper,
      Incidents,
      ProcessQueries,
      WorkQueries,
      SharedReads,
      NotificationMailer,
    ];
    const intake: Provider[] = options.intake ? [CommandIntake, CommandWaiter, BulkMigration] : [];
    const providers = [...core, ...intake];
    return { module: WorkflowModule, global: true, providers, exports: providers };
  }
}
