import type { RaRecord } from 'react-admin';

/** Labels in each language the API offers (`{de, en}`). */
export type Labels = Partial<Record<string, string>>;

/** A definition's words for its fields and choices. */
export interface Vocabulary {
  fields: Record<string, Labels>;
  choices: Record<string, Record<string, Labels>>;
}

export interface AvailableCommand {
  type: string;
  label: string;
  /** Offered by the API beside the German `label`. */
  labels?: Labels;
  /** A decision that ends the matter: the dashboard asks for confirmation first. */
  final?: boolean;
}

/** A JSON schema as `GET /api/process-definitions/:key` describes a command's payload (zod's export). */
export interface JsonSchema {
  type?: string;
  /** The definition's words for this field and its choices (`{de, en}`). */
  labels?: Labels;
  choiceLabels?: Record<string, Labels>;
  enum?: readonly (string | number)[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: readonly string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

export interface CommandSpec {
  type: string;
  label: string;
  labels: Labels;
  final: boolean;
  payloadSchema: JsonSchema;
}

export interface ProcessDefinition {
  key: string;
  version: number;
  label: string;
  labels: Labels;
  /** `generic`: started from the generic start form; `own`: from a form of its own (recommendations). */
  startForm: 'generic' | 'own';
  description: Labels | null;
  /** The context fields that say what a process is about. */
  summary: string[];
  vocabulary: Vocabulary;
  inputSchema: JsonSchema;
  stateLabels: Record<string, Labels>;
  states: string[];
  commands: CommandSpec[];
  diagram: string;
}

export interface ProcessRecord extends RaRecord {
  id: string;
  definition: string;
  state: unknown;
  status: 'active' | 'done';
  context: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
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
  label: string | null;
  openedAt: string;
  dueAt: string | null;
  closedAt: string | null;
}

type HistoryActor = { type: 'user'; userId: string; personId: string | null } | { type: 'system' };

/** One audit event of `GET /api/processes/:id/history`: a start, a command or a timer. */
export interface HistoryEvent extends RaRecord {
  id: string;
  processId: string;
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
  | { status: 'applied'; process?: ProcessRecord }
  | {
      status: 'rejected';
      code?: string;
      reason?: string;
      /** The refusal's stable key (gremium.errors.<key>) with its parameters and the fields it names. */
      key?: string;
      params?: Record<string, string | number>;
      details?: unknown;
    }
  | { status: 'queued' };

export interface AppointmentRecord extends RaRecord {
  id: string;
  seat: string;
  personId: string | null;
  organizationId: string | null;
  termStart: string | null;
  termEnd: string | null;
  endedOn: string | null;
  status: string;
  processId: string;
  /** The term this one succeeds, and the one that succeeds it. */
  predecessorId: string | null;
  successorId: string | null;
}

export interface VoteRecord {
  personId: string;
  vote: 'approve' | 'reject' | 'return';
  comment: string | null;
  at: number;
  asModerator?: boolean;
}

export interface RecommendationRecord extends RaRecord {
  id: string;
  /** Null for the steering group's own recommendation. */
  workingGroupId: string | null;
  title: string;
  text: string;
  addressees: string[];
  tags: string[];
  state: string;
  escalated: boolean;
  round: number;
  votes: VoteRecord[];
  notVoted: string[];
  decision: {
    outcome: string;
    at: number;
    via: string;
    meetingId: string | null;
    votes: { yes: number; no: number; abstain: number } | null;
    /** By sign-off: the equal votes needed and the seats occupied when it was decided. */
    threshold?: number;
    occupied?: number;
  } | null;
  forwards: {
    addressee: string;
    reference: string;
    date: string;
    dueOn?: string;
    remindedAt?: number | null;
  }[];
  answers: {
    addressee: string;
    summary: string;
    date: string;
    reference: string | null;
    fileId?: string | null;
  }[];
  closedReason: string | null;
  submittedAt: string | null;
  processId: string;
  updatedAt: string;
}

/** What a sign-off section reads of a record decided by the steering group (P4, and P6 with its rule). */
export type SignedOff = Pick<RecommendationRecord, 'state' | 'votes' | 'notVoted' | 'decision'>;

export interface NotificationRecord extends RaRecord {
  id: string;
  kind: string;
  subjectType: string | null;
  subjectId: string | null;
  processId: string | null;
  message: string;
  createdAt: string;
  readAt: string | null;
  /** The subject has moved on since (derived by the API): nothing left to do. */
  done?: boolean;
  doneReason?: string | null;
}

export interface SteeringSeat {
  kind: string;
  workingGroupId?: string;
  workingGroupName?: string;
  personId: string | null;
  organizationId?: string | null;
  appointmentId?: string;
  since?: string;
  until?: string;
}

export interface SteeringGroup {
  date: string;
  size: number;
  occupied: number;
  seats: SteeringSeat[];
}

export interface RulesOfProcedure {
  reviewPeriod: string;
  answerPeriod: string;
  termAlertLeadDays: number[];
  signOffMajority: string;
}

/** One row of `GET /api/my-tasks`: a process the signed-in person can act on now. */
export interface MyTaskRecord extends RaRecord {
  id: string;
  processId: string;
  definition: string;
  state: unknown;
  context: Record<string, unknown>;
  subjectType: string | null;
  subjectId: string | null;
  commands: AvailableCommand[];
  openedAt: string;
  dueAt: string | null;
  note: { code: string; params: Record<string, string> } | null;
}

export type AgendaKind = 'decision' | 'report' | 'topic';

/** One item of `GET /api/meetings/:id` → `agenda` (live until INVITE, then stored). */
export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  kind: AgendaKind;
  source: 'auto' | 'manual' | 'proposal';
  processId: string | null;
  taskId: string | null;
  commandType: string | null;
  status: 'proposed' | 'accepted' | 'declined';
  proposedById: string | null;
}

export interface Invitation {
  personId: string;
  kind: string;
  sentAt: string;
  /** Whether the invitation has an e-mail (the person has an address). */
  email: boolean;
  mailedAt: string | null;
}

export interface MinutesEntry {
  agendaItemId: string;
  result: string;
  decision?: string;
  votes?: { yes: number; no: number; abstain: number };
  fields?: Record<string, unknown>;
  dispatch?: {
    commandId: string;
    status: 'queued' | 'applied' | 'rejected';
    code: string | null;
    reason: string | null;
    key?: string | null;
    params?: Record<string, string | number> | null;
  };
}

export interface MeetingRecord extends RaRecord {
  id: string;
  processId: string | null;
  body: 'plenary' | 'steering' | 'working-group';
  workingGroupId: string | null;
  kind: string;
  title: string;
  date: string;
  start: string;
  end: string;
  location: string;
  onlineUrl: string | null;
  state: 'planned' | 'invited' | 'held' | 'minutesApproved' | 'cancelled';
  invitedAt: string | null;
  sequence: number;
  attendance: string[];
  agenda?: AgendaItem[];
  invitations?: Invitation[];
  minutes?: { items: MinutesEntry[]; recordedAt: string | null };
}

/** What the dashboard reads of `GET|PUT /api/{meetings,recommendations}/:id/publication` (open-data.md). */
export interface Publication {
  withheld: boolean;
  reason: string | null;
  /** Public now: its state makes it public (invitation, endorsement) and it is not withheld. */
  published: boolean;
  /** Public once, no longer: a recommendation withdrawn or cancelled after its endorsement. */
  retracted: boolean;
}

export interface CadenceReport {
  year: number;
  bodies: { body: string; workingGroupId?: string; required: number; planned: number; held: number }[];
  warnings: { code: string; message: string; quarter?: number; meetingIds: string[] }[];
}

interface SeatFigure {
  key: string;
  kind: string;
  label: string;
  personId: string | null;
  personName: string | null;
  organizationName: string | null;
}

interface CompositionFigure {
  date: string;
  size: number;
  occupied: number;
  seats: SeatFigure[];
}

interface AppointmentFigure {
  id: string;
  seat: string;
  personName: string | null;
  organizationName: string | null;
  termStart: string;
  lastDay: string;
}

/** The figures of an annual report (P6), as `libs/council/src/annual-report/figures.ts` compiles them. */
export interface AnnualFigures {
  year: number;
  compiledAt: string;
  workingGroups: {
    active: { id: string; name: string; foundedAt: string; dissolvedAt: string | null }[];
    founded: { id: string; name: string }[];
    dissolved: { id: string; name: string }[];
    activeOnFirstDay: number;
    activeOnLastDay: number;
  };
  moderators: { workingGroupName: string; personName: string; from: string; to: string }[];
  composition: {
    firstDay: CompositionFigure;
    lastDay: CompositionFigure;
    changes: {
      date: string;
      seat: string;
      label: string;
      before: string | null;
      after: string | null;
      kind: 'seat-added' | 'seat-removed' | 'holder-changed';
    }[];
  };
  meetings: {
    byBody: {
      body: string;
      workingGroupId: string | null;
      name: string;
      regular: number;
      extraordinary: number;
      attendance: number;
    }[];
    total: number;
  };
  recommendations: {
    submitted: {
      id: string;
      title: string;
      workingGroupName: string | null;
      submittedOn: string;
      state: string;
    }[];
    byState: { state: string; count: number }[];
  };
  appointments: { started: AppointmentFigure[]; ended: AppointmentFigure[]; expired: AppointmentFigure[] };
  vacancies: { seat: string; label: string; from: string; to: string; days: number; continues: boolean }[];
  tags: { tag: string; recommendations: number }[];
}

export interface AnnualReportRecord extends RaRecord {
  id: string;
  processId: string;
  year: number;
  state: string;
  figures: AnnualFigures | null;
  narrative: Partial<Record<'introduction' | 'workingGroups' | 'steeringGroup' | 'outlook', string>>;
  round: number;
  votes: VoteRecord[];
  notVoted: string[];
  decision: RecommendationRecord['decision'];
  approvedAt: string | null;
  submission: { date: string; reference: string | null } | null;
  updatedAt: string;
}
