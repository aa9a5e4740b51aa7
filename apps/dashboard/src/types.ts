import type { RaRecord } from 'react-admin';

export const ORGANIZATION_KINDS = [
  'police',
  'provider',
  'science',
  'city-administration',
  'association',
  'institution',
  'other',
] as const;

export const PROCESS_DEFINITIONS = [
  'working-group-founding',
  'working-group-dissolution',
  'seat-appointment',
  'recommendation',
  'moderator-election',
  'annual-report',
] as const;

export interface AvailableCommand {
  type: string;
  label: string;
  /** Offered by the API beside the German `label`. */
  labels?: Partial<Record<string, string>>;
}

export interface ProcessRecord extends RaRecord {
  id: string;
  definition: string;
  state: unknown;
  status: 'active' | 'done';
  context: Record<string, unknown>;
  availableCommands: AvailableCommand[];
  createdAt: string;
  updatedAt: string;
}

type Awaiting = { body: string } | { personId: string };

export interface TaskRecord extends RaRecord {
  id: string;
  processId: string;
  awaiting: Awaiting;
  commandTypes: string[];
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
}

type HistoryActor = { type: 'user'; userId: string; personId: string | null } | { type: 'system' };

/** One audit event of `GET /api/processes/:id/history`: a start, a command or a timer. */
export interface HistoryEvent extends RaRecord {
  id: string;
  seq: number;
  type: string;
  at: string;
  actor: HistoryActor;
  payload: unknown;
  stateBefore: unknown;
  stateAfter: unknown;
}

export interface CommandRequest {
  type: string;
  payload: Record<string, unknown>;
}

/** What became of a command: applied at once, refused by the worker, or still waiting in the queue. */
export type CommandOutcome =
  { status: 'applied' } | { status: 'rejected'; code?: string; reason?: string } | { status: 'queued' };
