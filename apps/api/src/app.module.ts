import { DynamicModule, Module, type Type } from '@nestjs/common';
import type { AppConfig } from '@gremium/platform';
import {
  councilDefinitions,
  CouncilCoreModule,
  NotificationInbox,
  OnboardingImport,
  PersonErasure,
  PersonExporter,
  PersonNameResolver,
  SessionCache,
  SteeringGroupCache,
  type CoreOptions,
} from '@gremium/council';
import { WorkerModule } from '../../worker/src/worker.module';
import { AnnualReportsController } from './annual-reports/annual-reports.controller';
import { AppointmentsController } from './appointments/appointments.controller';
import { AuditController } from './audit/audit.controller';
import { CalendarController } from './calendar/calendar.controller';
import { RecordChangesController } from './audit/record-changes.controller';
import { AuthModule } from './auth/auth.module';
import { DefinitionsController } from './definitions/definitions.controller';
import { FilesController } from './files/files.controller';
import { HealthController } from './health/health.controller';
import { IncidentsController } from './incidents/incidents.controller';
import { QueueBoardModule } from './operations/queue-board.module';
import { MeetingsController } from './meetings/meetings.controller';
import { MembershipsController } from './memberships/memberships.controller';
import { MetricsController } from './metrics/metrics.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { OnboardingController } from './onboarding/onboarding.controller';
import { OrganizationsController } from './organizations/organizations.controller';
import { PeopleController } from './people/people.controller';
import { PrivacyController } from './people/privacy.controller';
import { ProcessesController } from './processes/processes.controller';
import { PublicationController } from './publication/publication.controller';
import { OparlController } from './oparl/oparl.controller';
import { PublicPageController } from './public-page/public-page.controller';
import { readModelControllers } from './read-models/read-model.controller';
import { RecommendationsController } from './recommendations/recommendations.controller';
import { SettingsController } from './settings/settings.controller';
import { SeatsController } from './steering-group/seats.controller';
import { SteeringGroupController } from './steering-group/steering-group.controller';
import { MyTasksController } from './tasks/my-tasks.controller';
import { SearchController } from './search/search.controller';
import { TasksController } from './tasks/tasks.controller';
import { TestClockController } from './test-mode/test-clock.controller';
import { UsersController } from './users/users.controller';
import { NotificationDeliveryController } from './auth/notification-delivery.controller';
import { VocabularyController } from './vocabulary/vocabulary.controller';
import { WorkingGroupsController } from './working-groups/working-groups.controller';

const CONTROLLERS: Type[] = [
  ProcessesController,
  DefinitionsController,
  VocabularyController,
  TasksController,
  MyTasksController,
  SearchController,
  AuditController,
  RecordChangesController,
  PeopleController,
  PrivacyController,
  OnboardingController,
  OrganizationsController,
  WorkingGroupsController,
  MembershipsController,
  AppointmentsController,
  MeetingsController,
  CalendarController,
  SteeringGroupController,
  SeatsController,
  SettingsController,
  NotificationsController,
  UsersController,
  NotificationDeliveryController,
  RecommendationsController,
  FilesController,
  HealthController,
  MetricsController,
  IncidentsController,
  PublicationController,
  OparlController,
  PublicPageController,
  AnnualReportsController,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: Omit<CoreOptions, 'intake'> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CouncilCoreModule.forRoot(config, { ...options, intake: true }),
        AuthModule,
        QueueBoardModule,
        // The worker runs inside the API process only when asked to (the default for small deployments).
        ...(config.worker === 'embedded' ? [WorkerModule] : []),
      ],
      controllers: [
        ...CONTROLLERS,
        ...readModelControllers([...councilDefinitions, ...(options.extraDefinitions ?? [])]),
        ...(config.env === 'test' ? [TestClockController] : []),
      ],
      providers: [
        NotificationInbox,
        PersonNameResolver,
        PersonErasure,
        PersonExporter,
        OnboardingImport,
        SteeringGroupCache,
        SessionCache,
      ],
    };
  }
}
