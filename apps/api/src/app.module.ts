import { DynamicModule, Module, type Type } from '@nestjs/common';
import type { AppConfig } from '@gremium/platform';
import { CouncilCoreModule, type CoreOptions } from '@gremium/council';
import { WorkerModule } from '../../worker/src/worker.module';
import { AuditController } from './audit/audit.controller';
import { AuthModule } from './auth/auth.module';
import { DefinitionsController } from './definitions/definitions.controller';
import { HealthController } from './health/health.controller';
import { OrganizationsController } from './organizations/organizations.controller';
import { PeopleController } from './people/people.controller';
import { ProcessesController } from './processes/processes.controller';
import { TasksController } from './tasks/tasks.controller';
import { TestClockController } from './test-mode/test-clock.controller';
import { WorkingGroupsController } from './working-groups/working-groups.controller';

const CONTROLLERS: Type[] = [
  ProcessesController,
  DefinitionsController,
  TasksController,
  AuditController,
  PeopleController,
  OrganizationsController,
  WorkingGroupsController,
  HealthController,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: Omit<CoreOptions, 'intake'> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CouncilCoreModule.forRoot(config, { ...options, intake: true }),
        AuthModule,
        // The worker runs inside the API process only when asked to (the default for small deployments).
        ...(config.worker === 'embedded' ? [WorkerModule] : []),
      ],
      controllers: config.env === 'test' ? [...CONTROLLERS, TestClockController] : CONTROLLERS,
    };
  }
}
