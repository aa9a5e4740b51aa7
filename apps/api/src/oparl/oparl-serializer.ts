import {
  isGone,
  type Listed,
  type OpenAgendaItem,
  type OpenConsultation,
  type OpenData,
  type OpenFile,
  type OpenMeeting,
  type OpenMembership,
  type OpenOrganization,
  type OpenPaper,
  type OpenPerson,
  type Stamped,
} from '@gremium/council';
import { BODY_ID, OPARL_VERSION, typeUrl, type OparlType, type OparlUrls } from './oparl-urls';

export type OparlObject = Record<string, unknown> & {
  id: string;
  type: string;
  created?: string;
  modified?: string;
};

const CLASSIFICATION: Record<OpenOrganization['kind'], [string, string]> = {
  plenary: ['Gremium', 'Vollversammlung'],
  steering: ['Gremium', 'Lenkungsgremium'],
  'working-group': ['Gremium', 'Arbeitsgruppe'],
  addressee: ['externes Gremium', 'Adressat der Handlungsempfehlungen'],
};
const MEETING_STATES: Record<OpenMeeting['state'], string> = {
  planned: 'terminiert',
  invited: 'eingeladen',
  held: 'durchgeführt',
  minutesApproved: 'durchgeführt, Protokoll freigegeben',
  cancelled: 'abgesagt',
};

const stamps = (item: Stamped) => ({
  created: item.created.toISOString(),
  modified: item.modified.toISOString(),
});

/** Turns the open council data into OParl 1.1 objects with absolute ids. */
export class OparlSerializer {
  constructor(
    private readonly urls: OparlUrls,
    private readonly data: OpenData,
  ) {}

  private deleted(type: OparlType, id: string, item: Stamped): OparlObject {
    return { id, type: typeUrl(type), ...stamps(item), deleted: true };
  }

  system(): OparlObject {
    return {
      id: this.urls.system(),
      type: typeUrl('System'),
      oparlVersion: OPARL_VERSION,
      body: this.urls.bodies(),
      name: 'Gremium – offene Ratsdaten des Präventionsrates',
      website: this.urls.page(),
      created: this.data.created.toISOString(),
      modified: this.data.modified.toISOString(),
      web: this.urls.page(),
    };
  }

  body(): OparlObject {
    return {
      id: this.urls.body(),
      type: typeUrl('Body'),
      system: this.urls.system(),
      shortName: 'Präventionsrat',
      name: 'Präventionsrat',
      website: this.urls.page(),
      classification: 'Kommunaler Präventionsrat',
      organization: this.urls.list('organizations'),
      person: this.urls.list('people'),
      meeting: this.urls.list('meetings'),
      paper: this.urls.list('papers'),
      agendaItem: this.urls.list('agenda-items'),
      consultation: this.urls.list('consultations'),
      membership: this.urls.list('memberships'),
      file: this.urls.list('files'),
      legislativeTerm: [],
      created: this.data.created.toISOString(),
      modified: this.data.modified.toISOString(),
      web: this.urls.page(),
    };
  }

  organization(org: OpenOrganization): OparlObject {
    const [organizationType, classification] = CLASSIFICATION[org.kind];
    return {
      id: this.urls.organization(org.id),
      type: typeUrl('Organization'),
      body: this.urls.body(),
      name: org.name,
      ...(org.shortName ? { shortName: org.shortName } : {}),
      membership: this.data.memberships
        .filter((m) => m.organizationId === org.id)
        .map((m) => this.urls.membership(m.id)),
      meeting: this.urls.organizationMeetings(org.id),
      organizationType,
      classification,
      ...(org.kind === 'working-group' ? { subOrganizationOf: this.urls.organization('plenary') } : {}),
      ...(org.startDate ? { startDate: org.startDate } : {}),
      ...(org.endDate ? { endDate: org.endDate } : {}),
      ...(org.topic ? { keyword: [org.topic] } : {}),
      ...stamps(org),
      web: this.urls.page(`gremium-${org.id}`),
    };
  }

  person(person: Listed<OpenPerson>): OparlObject {
    const id = this.urls.person(person.id);
    if (isGone(person)) return this.deleted('Person', id, person);
    return {
      id,
      type: typeUrl('Person'),
      body: this.urls.body(),
      name: person.name,
      ...(person.familyName ? { familyName: person.familyName } : {}),
      ...(person.givenName ? { givenName: person.givenName } : {}),
      membership: this.data.memberships
        .filter((m) => m.personId === person.id)
        .map((m) => this.membership(m, true)),
      ...stamps(person),
    };
  }

  membership(membership: OpenMembership, embedded = false): OparlObject {
    return {
      id: this.urls.membership(membership.id),
      type: typeUrl('Membership'),
      ...(embedded ? {} : { person: this.urls.person(membership.personId) }),
      organization: this.urls.organization(membership.organizationId),
      role: membership.role,
      votingRight: membership.votingRight,
      ...(membership.startDate ? { startDate: membership.startDate } : {}),
      ...(membership.endDate ? { endDate: membership.endDate } : {}),
      ...stamps(membership),
    };
  }

  meeting(meeting: Listed<OpenMeeting>): OparlObject {
    const id = this.urls.meeting(meeting.id);
    if (isGone(meeting)) return this.deleted('Meeting', id, meeting);
    return {
      id,
      type: typeUrl('Meeting'),
      name: meeting.name,
      meetingState: MEETING_STATES[meeting.state],
      cancelled: meeting.state === 'cancelled',
      start: meeting.start.toISOString(),
      end: meeting.end.toISOString(),
      location: this.location(meeting),
      organization: [this.urls.organization(meeting.organizationId)],
      ...(meeting.participantIds.length
        ? { participant: meeting.participantIds.map((p) => this.urls.person(p)) }
        : {}),
      agendaItem: meeting.agenda.map((item) => this.agendaItem(item, true)),
      ...this.auxiliaryFiles(meeting.fileIds),
      ...stamps(meeting),
      web: this.urls.page(`sitzung-${meeting.id}`),
    };
  }

  location(meeting: OpenMeeting): OparlObject {
    return {
      id: this.urls.location(meeting.id),
      type: typeUrl('Location'),
      description: meeting.location,
      ...stamps(meeting),
    };
  }

  agendaItem(item: OpenAgendaItem, embedded = false): OparlObject {
    return {
      id: this.urls.agendaItem(item.id),
      type: typeUrl('AgendaItem'),
      ...(embedded ? {} : { meeting: this.urls.meeting(item.meetingId) }),
      number: String(item.order),
      order: item.order,
      name: item.name,
      public: true,
      ...(item.paperId ? { consultation: this.urls.consultation(`${item.paperId}-steering`) } : {}),
      ...(item.result ? { result: item.result } : {}),
      ...stamps(item),
    };
  }

  paper(paper: Listed<OpenPaper>): OparlObject {
    const id = this.urls.paper(paper.id);
    if (isGone(paper)) return this.deleted('Paper', id, paper);
    return {
      id,
      type: typeUrl('Paper'),
      body: this.urls.body(),
      name: paper.name,
      date: paper.date,
      paperType: 'Handlungsempfehlung',
      originatorOrganization: [this.urls.organization(paper.originatorId)],
      underDirectionOf: paper.addressees.map((a) => this.urls.organization(a)),
      consultation: paper.consultations.map((c) => this.urls.consultation(c.id)),
      ...this.auxiliaryFiles(paper.fileIds),
      ...(paper.tags.length ? { keyword: paper.tags } : {}),
      ...stamps(paper),
      web: this.urls.page(`empfehlung-${paper.id}`),
    };
  }

  private auxiliaryFiles(ids: string[]): { auxiliaryFile?: OparlObject[] } {
    const files = ids.flatMap((id) => {
      const file = this.data.files.find((f) => f.id === id);
      return file && !isGone(file) ? [this.file(file)] : [];
    });
    return files.length ? { auxiliaryFile: files } : {};
  }

  file(file: Listed<OpenFile>): OparlObject {
    const id = this.urls.file(file.id);
    if (isGone(file)) return this.deleted('File', id, file);
    return {
      id,
      type: typeUrl('File'),
      name: file.name.replace(/\.[A-Za-z0-9]{1,5}$/, ''),
      fileName: file.name,
      mimeType: file.mediaType,
      date: file.uploadedAt.toISOString(),
      size: file.size,
      accessUrl: this.urls.fileDownload(file.id),
      downloadUrl: this.urls.fileDownload(file.id),
      ...(file.meetingIds.length ? { meeting: file.meetingIds.map((m) => this.urls.meeting(m)) } : {}),
      ...(file.paperIds.length ? { paper: file.paperIds.map((p) => this.urls.paper(p)) } : {}),
      ...stamps(file),
    };
  }

  consultation(consultation: OpenConsultation): OparlObject {
    return {
      id: this.urls.consultation(consultation.id),
      type: typeUrl('Consultation'),
      paper: this.urls.paper(consultation.paperId),
      ...(consultation.agendaItemId ? { agendaItem: this.urls.agendaItem(consultation.agendaItemId) } : {}),
      ...(consultation.meetingId ? { meeting: this.urls.meeting(consultation.meetingId) } : {}),
      organization: [this.urls.organization(consultation.organizationId)],
      authoritative: consultation.authoritative,
      role: consultation.role,
      ...stamps(consultation),
      web: this.urls.page(`empfehlung-${consultation.paperId}`),
    };
  }

  /** Every object of one body list, in a stable order (created, then id). */
  list(list: string): { item: Stamped; object: () => OparlObject }[] {
    const data = this.data;
    const published = <T extends Stamped>(items: Listed<T>[]) => items.filter((i): i is T => !isGone(i));
    switch (list) {
      case 'organizations':
        return data.organizations.map((o) => ({ item: o, object: () => this.organization(o) }));
      case 'people':
        return data.people.map((p) => ({ item: p, object: () => this.person(p) }));
      case 'memberships':
        return data.memberships.map((m) => ({ item: m, object: () => this.membership(m) }));
      case 'meetings':
        return data.meetings.map((m) => ({ item: m, object: () => this.meeting(m) }));
      case 'agenda-items':
        return published(data.meetings)
          .flatMap((m) => m.agenda)
          .map((i) => ({ item: i, object: () => this.agendaItem(i) }));
      case 'papers':
        return data.papers.map((p) => ({ item: p, object: () => this.paper(p) }));
      case 'consultations':
        return published(data.papers)
          .flatMap((p) => p.consultations)
          .map((c) => ({ item: c, object: () => this.consultation(c) }));
      case 'files':
        return data.files.map((f) => ({ item: f, object: () => this.file(f) }));
      default:
        return [];
    }
  }

  /** One object by its type segment and id, or null. */
  find(segment: string, id: string): OparlObject | null {
    const data = this.data;
    const published = <T extends Stamped>(items: Listed<T>[]) => items.filter((i): i is T => !isGone(i));
    switch (segment) {
      case 'body':
        return id === BODY_ID ? this.body() : null;
      case 'organization': {
        const org = data.organizations.find((o) => o.id === id);
        return org ? this.organization(org) : null;
      }
      case 'person': {
        const person = data.people.find((p) => p.id === id);
        return person ? this.person(person) : null;
      }
      case 'membership': {
        const membership = data.memberships.find((m) => m.id === id);
        return membership ? this.membership(membership) : null;
      }
      case 'meeting': {
        const meeting = data.meetings.find((m) => m.id === id);
        return meeting ? this.meeting(meeting) : null;
      }
      case 'agenda-item': {
        const item = published(data.meetings)
          .flatMap((m) => m.agenda)
          .find((i) => i.id === id);
        return item ? this.agendaItem(item) : null;
      }
      case 'paper': {
        const paper = data.papers.find((p) => p.id === id);
        return paper ? this.paper(paper) : null;
      }
      case 'consultation': {
        const consultation = published(data.papers)
          .flatMap((p) => p.consultations)
          .find((c) => c.id === id);
        return consultation ? this.consultation(consultation) : null;
      }
      case 'file': {
        const file = data.files.find((f) => f.id === id);
        return file ? this.file(file) : null;
      }
      default:
        return null;
    }
  }
}
