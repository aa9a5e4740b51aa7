import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { redisConnectionOptions } from './redis-connection';
import { JobPublisher } from './job-publisher.service';
import { QUEUE_NAMES } from './queues';

@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisConnectionOptions(config.redisUrl),
        prefix: config.queuePrefix,
      }),
    }),
    ...QUEUE_NAMES.map((name) => BullModule.registerQueue({ name })),
  ],
  providers: [JobPublisher],
  exports: [JobPublisher, BullModule],
})
export class QueueModule {}
