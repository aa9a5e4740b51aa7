/** The one body this system publishes: the council. */
export const BODY_ID = 'praeventionsrat';
export const OPARL_PREFIX = 'oparl/v1';
export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';

export const OPARL_TYPES = [
  'System',
  'Body',
  'Organization',
  'Person',
  'Membership',
  'Meeting',
  'AgendaItem',
  'Paper',
  'Consultation',
  'Location',
  'File',
] as const;
export type OparlType = (typeof OPARL_TYPES)[number];

export const typeUrl = (type: OparlType) => `${OPARL_VERSION}${type}`;

/** The object lists of the body, by their path segment. */
export const BODY_LISTS = {
  organizations: 'Organization',
  people: 'Person',
  memberships: 'Membership',
  meetings: 'Meeting',
  'agenda-items': 'AgendaItem',
  papers: 'Paper',
  consultations: 'Consultation',
  files: 'File',
} as const satisfies Record<string, OparlType>;
export type BodyList = keyof typeof BODY_LISTS;

/** Absolute URLs (the ids of OParl objects) from PUBLIC_URL. */
export class OparlUrls {
  readonly base: string;

  constructor(readonly publicUrl: string) {
    this.base = `${publicUrl}/${OPARL_PREFIX}`;
  }

  system = () => `${this.base}/system`;
  bodies = () => `${this.base}/bodies`;
  body = () => `${this.base}/body/${BODY_ID}`;
  list = (list: BodyList) => `${this.body()}/${list}`;
  organization = (id: string) => `${this.base}/organization/${id}`;
  organizationMeetings = (id: string) => `${this.organization(id)}/meetings`;
  person = (id: string) => `${this.base}/person/${id}`;
  membership = (id: string) => `${this.base}/membership/${id}`;
  meeting = (id: string) => `${this.base}/meeting/${id}`;
  location = (meetingId: string) => `${this.meeting(meetingId)}/location`;
  agendaItem = (id: string) => `${this.base}/agenda-item/${id}`;
  paper = (id: string) => `${this.base}/paper/${id}`;
  consultation = (id: string) => `${this.base}/consultation/${id}`;
  file = (id: string) => `${this.base}/file/${id}`;
  fileDownload = (id: string) => `${this.file(id)}/download`;

  /** The public page and its anchors (OParl's `web`). */
  page = (anchor?: string) => `${this.publicUrl}/oeffentlich${anchor ? `#${anchor}` : ''}`;
}
