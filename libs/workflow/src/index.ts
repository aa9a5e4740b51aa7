export * from './definition/actor';
export * from './definition/process-definition';
export { DefinitionRegistry } from './definition/definition-registry';
export * from './entities/workflow-entities';
export * from './errors/workflow.error';
export * from './errors/refusal';
export * from './errors/error-catalog';
export { zodProblems } from './errors/zod-problems';
export { RefusalError } from './errors/refusal.error';
export { Clock } from './clock/clock.service';
export {
  ACTOR_RESOLVER,
  TASK_SCHEDULER,
  type ActorResolver,
  type TaskScheduler,
} from './engine/engine-tokens';
export { CommandApplier, COMMAND_DECIDED_CHANNEL } from './engine/command-applier';
export { CommandBatcher } from './engine/command-batcher';
export { MicroBatch, type MicroBatchOptions } from './engine/micro-batch';
export { availableCommands, type AvailableCommand } from './engine/available-commands';
export {
  startMachine,
  stepMachine,
  restoreSnapshot,
  offeredEventTypes,
  declaredTasks,
} from './definition/machine-adapter';
export { buildEvent } from './engine/engine-event';
export { CommandIntake, DECISION_WAIT_MS } from './intake/command-intake.service';
export { START_COMMAND, MIGRATE_COMMAND, startedProcessId } from './engine/engine-commands';
export { MIGRATED_EVENT } from './engine/migration-event';
export { InstanceMigrator } from './engine/instance-migrator';
export {
  OperatorCommands,
  CANCEL_COMMAND,
  CANCELLED_EVENT,
  CANCELLED_STATE,
  CANCELLED_LABEL,
} from './engine/operator-commands';
export { CommandWaiter, type ChannelListener } from './intake/command-waiter.service';
export { BulkMigration, type MigrationResult } from './intake/bulk-migration.service';
export { TimerFirer } from './timers/timer-firer';
export { Scheduler } from './timers/scheduler';
export {
  yearlyOn,
  nextOccurrence,
  latestOccurrence,
  type Schedule,
  type Occurrence,
} from './definition/schedule';
export { Sweeper, SWEEP_BATCH, type SweepResult } from './timers/sweeper';
export {
  Incidents,
  INCIDENT_AFTER_ATTEMPTS,
  type Incident,
  type IncidentKind,
  type IncidentPage,
} from './operations/incidents.service';
export { ProcessQueries, type ProcessView } from './queries/process-queries.service';
export { WorkQueries, type WorkItem } from './queries/work-queries.service';
export { verifyChain, verifyProcess, type ChainReport, type ProcessReport } from './audit/audit-verifier';
export { replay } from './audit/replay';
export { canonicalJson } from './audit/canonical-json';
export { toMermaid } from './diagram/mermaid';
export { describeDefinition, formSchema } from './definition/describe';
export { WorkflowModule } from './workflow.module';
export { effect } from './definition/effect';
export { NotificationMailer } from './notifications/notification-mailer';
export {
  PERSON_NAMES,
  personIdsIn,
  personRef,
  resolvePersonRefs,
  type PersonNames,
} from './notifications/person-refs';
export { eventNow } from './definition/event-now';
export { OutboxPublisher } from './outbox/outbox-publisher.service';
export { CommandDispatch } from './outbox/command-dispatch';
export { commandGroupJob, EffectBatch } from './outbox/effect-batch';
export { insertQueuedCommands, isUniqueViolation, recordDecisions } from './rows/command-rows';
export {
  voidTimer,
  withTransitionsWrittenBehind,
  writeTaskChanges,
  writeTransition,
} from './rows/write-behind';
export { lockBatch } from './rows/batch-rows';
export { dateOf, runStatement, type Statement } from './rows/pg-client';
export { ProcessStarter } from './engine/process-starter';
