export { machineEdges, uncoveredEdges, type MachineEdge } from './machine-coverage';
export { testEvent, TEST_NOW } from './engine-events';
export { createTestDatabase, tablesChecksum, type TestDatabase } from './test-database';
export { redisUrlForWorker, uniqueSuffix } from './test-env';
export { waitFor } from './wait-for';
export { reminderDefinition } from './reminder.definition';
export { yearlyDefinition } from './yearly.definition';
export { MachineDriver, type EffectCall } from './machine-driver';
export { SmtpSink, type ReceivedMail } from './smtp-sink';
