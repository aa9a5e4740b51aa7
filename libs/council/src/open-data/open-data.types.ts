import type { MeetingBody, MeetingState } from '../meetings/meeting.entity';
import type { RecommendationState } from '../processes/recommendation/recommendation.entity';
import type { Addressee } from '../processes/recommendation/recommendation.schemas';

/** Every object of the open council data knows when it was created and last changed. */
export interface Stamped {
  id: string;
  created: Date;
  modified: Date;
}

/** An object that was public once and is no longer (erased, withdrawn, withheld): only its stamps remain. */
export interface Gone extends Stamped {
  deleted: true;
}

export type Listed<T extends Stamped> = (T & { deleted?: false }) | Gone;

export const isGone = <T extends Stamped>(item: Listed<T>): item is Gone => item.deleted === true;

export type OpenOrganizationKind = 'plenary' | 'steering' | 'working-group' | 'addressee';

export interface OpenOrganization extends Stamped {
  kind: OpenOrganizationKind;
  name: string;
  shortName: string | null;
  topic: string | null;
  startDate: string | null;
  endDate: string | null;
}

export interface OpenPerson extends Stamped {
  name: string;
  givenName: string | null;
  familyName: string | null;
}

export interface OpenMembership extends Stamped {
  personId: string;
  organizationId: string;
  role: string;
  votingRight: boolean;
  startDate: string | null;
  endDate: string | null;
}

export interface OpenAgendaItem extends Stamped {
  meetingId: string;
  order: number;
  name: string;
  /** The minutes' result, once the minutes are approved. */
  result: string | null;
  /** The published recommendation this item decided on (its steering group's consultation). */
  paperId: string | null;
}

export interface OpenMeeting extends Stamped {
  name: string;
  body: MeetingBody;
  organizationId: string;
  state: MeetingState;
  start: Date;
  end: Date;
  location: string;
  /** RFC 5545 SEQUENCE of the invitation (the public calendar's events follow it). */
  sequence: number;
  /** Attendees with a public profile (once the meeting is held). */
  participantIds: string[];
  agenda: OpenAgendaItem[];
  /** Documents attached to the meeting. */
  fileIds: string[];
}

export interface OpenConsultation extends Stamped {
  paperId: string;
  organizationId: string;
  /** The steering group's sign-off, or one addressee's answer. */
  kind: 'sign-off' | 'answer';
  role: string;
  authoritative: boolean;
  meetingId: string | null;
  agendaItemId: string | null;
}

export interface OpenPaper extends Stamped {
  name: string;
  text: string;
  state: RecommendationState;
  fate: string;
  /** The organization that wrote it: its working group, or the steering group for its own. */
  originatorId: string;
  /** The day of the steering group's endorsement (Berlin). */
  date: string;
  tags: string[];
  addressees: Addressee[];
  forwards: { addressee: Addressee; date: string; reference: string | null }[];
  answers: { addressee: Addressee; date: string; summary: string }[];
  consultations: OpenConsultation[];
  /** Documents attached to the recommendation (an answer's document among them). */
  fileIds: string[];
}

/** A document attached to a published meeting or recommendation. */
export interface OpenFile extends Stamped {
  name: string;
  mediaType: string;
  size: number;
  uploadedAt: Date;
  meetingIds: string[];
  paperIds: string[];
}

/** A submitted annual report (P6): public as the document the city council received. */
export interface OpenReport extends Stamped {
  year: number;
  submittedOn: string;
  reference: string | null;
}

/** Everything the council publishes, as of one moment. */
export interface OpenData {
  /** The council's clock when the snapshot was taken. */
  asOf: Date;
  created: Date;
  modified: Date;
  organizations: OpenOrganization[];
  people: Listed<OpenPerson>[];
  memberships: OpenMembership[];
  meetings: Listed<OpenMeeting>[];
  papers: Listed<OpenPaper>[];
  files: Listed<OpenFile>[];
  reports: OpenReport[];
}
