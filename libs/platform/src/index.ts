export { loadConfig, APP_CONFIG, ConfigError, type AppConfig } from './config/app-config';
export { ConfigModule } from './config/config.module';
export { parseDuration } from './time/duration';
export { createOrmOptions, type OrmOptionsInput } from './database/orm-options';
export { QueueModule } from './queue/queue.module';
export { JobPublisher } from './queue/job-publisher.service';
export { redisConnectionOptions } from './queue/redis-connection';
export { QUEUE_NAMES, isQueueName, type JobPayloads, type OutgoingJob, type QueueName } from './queue/queues';
export { preflight, DependencyError } from './preflight/preflight';
