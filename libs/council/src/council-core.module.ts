import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ConfigModule, MailModule, QueueModule, type AppConfig } from '@gremium/platform';
import { WorkflowModule, type AnyProcessDefinition } from '@gremium/workflow';
import { councilDefinitions } from './council-definitions';
import { councilOrmOptions } from './database';
import { AgendaService } from './meetings/agenda.service';
import { MinutesService } from './meetings/minutes.service';
import { UserActorResolver } from './identity/user-actor-resolver';
import { MeetingTaskScheduler } from './meetings/meeting-task-scheduler';

export interface CoreOptions {
  intake: boolean;
  /** Definitions beyond the council's (engine tests use a minimal one). */
  extraDefinitions?: readonly AnyProcessDefinition[];
}

/** What api, worker and tests share: configuration, database, queues, mail and the engine with the council's processes. */
@Module({})
export class CouncilCoreModule {
  static forRoot(config: AppConfig, options: CoreOptions): DynamicModule {
    return {
      module: CouncilCoreModule,
      providers: [AgendaService, MinutesService],
      exports: [AgendaService, MinutesService],
      imports: [
        ConfigModule.forRoot(config),
        MikroOrmModule.forRoot(councilOrmOptions(config)),
        QueueModule,
        MailModule,
        WorkflowModule.forRoot({
          definitions: [...councilDefinitions, ...(options.extraDefinitions ?? [])],
          actorResolver: UserActorResolver,
          taskScheduler: MeetingTaskScheduler,
          intake: options.intake,
        }),
      ],
    };
  }
}
