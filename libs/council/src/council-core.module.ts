import { DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ConfigModule, MailModule, QueueModule, type AppConfig } from '@gremium/platform';
import { WorkflowModule, type AnyProcessDefinition } from '@gremium/workflow';
import { councilDefinitions } from './council-definitions';
import { councilOrmOptions } from './database';
import { AgendaService } from './meetings/agenda.service';
import { MinutesService } from './meetings/minutes.service';
import { CalendarFeedService } from './meetings/calendar-feed.service';
import { FilesService } from './files/files.service';
import { UserActorResolver } from './identity/user-actor-resolver';
import { MeetingTaskScheduler } from './meetings/meeting-task-scheduler';
import { PersonNameResolver } from './people/person-names';
import { UsersService } from './identity/users.service';
import { MembershipsService } from './memberships/memberships.service';
import { OrganizationsService } from './organizations/organizations.service';
import { PeopleService } from './people/people.service';
import { PublicationService } from './publication/publication.service';
import { OpenDataService } from './open-data/open-data.service';
import { RecordWriter } from './records/record-writer';
import { SettingsService } from './settings/settings.service';
import { SteeringGroupService } from './steering-group/steering-group.service';

/** The services through which every write of the council's records (and the meetings' agendas and minutes) goes. */
const RECORD_SERVICES = [
  RecordWriter,
  PeopleService,
  OrganizationsService,
  MembershipsService,
  UsersService,
  SettingsService,
  SteeringGroupService,
  AgendaService,
  MinutesService,
  CalendarFeedService,
  PublicationService,
  OpenDataService,
  FilesService,
];

export interface CoreOptions {
  intake: boolean;
  /** Definitions beyond the council's (engine tests use a minimal one). */
  extraDefinitions?: readonly AnyProcessDefinition[];
  /** The council's definitions this build ships: all of them unless a test plays an earlier release. */
  councilDefinitions?: readonly AnyProcessDefinition[];
}

/** What api, worker and tests share: configuration, database, queues, mail and the engine with the council's processes. */
@Module({})
export class CouncilCoreModule {
  static forRoot(config: AppConfig, options: CoreOptions): DynamicModule {
    return {
      module: CouncilCoreModule,
      imports: [
        ConfigModule.forRoot(config),
        MikroOrmModule.forRoot(councilOrmOptions(config)),
        QueueModule,
        MailModule,
        WorkflowModule.forRoot({
          definitions: [
            ...(options.councilDefinitions ?? councilDefinitions),
            ...(options.extraDefinitions ?? []),
          ],
          actorResolver: UserActorResolver,
          taskScheduler: MeetingTaskScheduler,
          operatorRole: 'coordination',
          personNames: PersonNameResolver,
          intake: options.intake,
        }),
      ],
      providers: RECORD_SERVICES,
      exports: RECORD_SERVICES,
    };
  }
}
