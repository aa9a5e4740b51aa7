/** Messages between the bench runner and the app process it boots (Node IPC, JSON-serialisable). */

export interface CommandSpec {
  processId: string;
  type: string;
  payload: Record<string, unknown>;
}

/** One command as the load generator saw it: wall-clock start and decision, in epoch milliseconds. */
export interface Sample {
  startedAt: number;
  decidedAt: number;
  status: string;
  /** The first answer came back before the decision (202 / still queued after the intake's wait). */
  waited: boolean;
  /** With `BENCH_STAGES=1`, for a command the intake answered with its decision (see stages.ts). */
  stages?: Stages;
}

/** Epoch milliseconds: stored by the intake, taken up by a worker's batch, locked by it (its decision time). */
export interface Stages {
  storedAt: number;
  batchedAt: number;
  lockedAt: number;
}

export interface PhaseStat {
  count: number;
  totalMs: number;
  p50Ms: number;
  p99Ms: number;
}

export interface SqlStat {
  scope: string;
  statement: string;
  count: number;
  totalMs: number;
}

export interface ProfileReport {
  phases: Record<string, PhaseStat>;
  sql: SqlStat[];
}

export interface CpuHotspot {
  where: string;
  selfMs: number;
  share: number;
}

export type AppRequest =
  | { op: 'start-processes'; definition: string; inputs: Record<string, unknown>[]; concurrency: number }
  | { op: 'analyze' }
  | { op: 'intake-closed'; commands: CommandSpec[]; concurrency: number }
  | { op: 'intake-open'; commands: CommandSpec[]; ratePerSec: number }
  | { op: 'profile-reset' }
  | { op: 'profile-report' }
  | { op: 'cpu-profile-start' }
  | { op: 'cpu-profile-stop'; name: string }
  | { op: 'memory' }
  | { op: 'heap-snapshot'; file: string }
  | { op: 'shutdown' };

export interface AppResults {
  'start-processes': string[];
  analyze: null;
  'intake-closed': Sample[];
  'intake-open': Sample[];
  'profile-reset': null;
  'profile-report': ProfileReport;
  'cpu-profile-start': null;
  'cpu-profile-stop': CpuHotspot[];
  memory: MemoryReport;
  'heap-snapshot': null;
  shutdown: null;
}

export interface MemoryReport {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
}

export type AppOp = AppRequest['op'];

export interface RequestEnvelope {
  id: number;
  request: AppRequest;
}

export type ResponseEnvelope =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

export interface ReadyMessage {
  ready: true;
  port: number;
  adminUserId: string;
}
