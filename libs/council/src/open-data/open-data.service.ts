import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Clock } from '@gremium/workflow';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Membership } from '../memberships/membership.entity';
import { Person } from '../people/person.entity';
import { Appointment } from '../processes/seat-appointment/appointment.entity';
import { Recommendation } from '../processes/recommendation/recommendation.entity';
import { meetingDue, publicListing, recommendationDue } from '../publication/publication-rules';
import { Withholding } from '../publication/withholding.entity';
import { SEAT_LABELS } from '../shared/german-labels';
import { CoordinationAssignment } from '../steering-group/coordination-assignment.entity';
import { addDays, berlinDateOf } from '../terms/calendar-date';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { FileAttachment } from '../files/file-attachment.entity';
import { StoredFile } from '../files/stored-file.entity';
import { figuresWithNames } from '../annual-report/figures.service';
import { AnnualReport } from '../processes/annual-report/annual-report.entity';
import { nameRedactor } from './name-redaction';
import { attachedFileIds, openFiles, openReports, PUBLISHED_SUBJECTS, publicReport } from './open-documents';
import type {
  Gone,
  Listed,
  OpenAgendaItem,
  OpenConsultation,
  OpenData,
  OpenMeeting,
  OpenMembership,
  OpenOrganization,
  OpenPaper,
  OpenPerson,
} from './open-data.types';

export const PLENARY = 'plenary';
export const STEERING = 'steering';
const ADDRESSEE_NAMES = { administration: 'Stadtverwaltung', council: 'Stadtrat' } as const;

const FATES: Record<string, string> = {
  endorsed: 'Von der Steuerungsgruppe befürwortet',
  forwarded: 'Weitergeleitet, Antwort ausstehend',
  answered: 'Beantwortet',
  closed: 'Abgeschlossen',
};
const MEMBER_ROLES = {
  member: 'Mitglied',
  temporary: 'Temporäres Mitglied',
  moderator: 'Moderation',
} as const;

const latest = (...dates: (Date | null | undefined)[]) =>
  new Date(Math.max(...dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));
const gone = (id: string, created: Date, modified: Date): Gone => ({ id, created, modified, deleted: true });

/**
 * The open council data (OParl and the public page): the bodies, people with a public profile and their
 * memberships, meetings from their invitation on, recommendations from their endorsement on. Objects that
 * were public once and are no longer (withheld, withdrawn, erased) are listed as deleted; the names of people
 * without a public profile are replaced in every published text.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async snapshot(): Promise<OpenData> {
    const em = this.em.fork();
    await this.clock.refresh(em);
    const { people, publicIds, redact } = await this.audience(em);
    const [groups, memberships, appointments, coordination, meetings, recommendations, withholdings] = [
      await em.find(WorkingGroup, {}),
      await em.find(Membership, {}),
      await em.find(Appointment, { personId: { $ne: null }, termStart: { $ne: null } }),
      await em.find(CoordinationAssignment, {}, { orderBy: { since: 'asc', createdAt: 'asc' } }),
      await em.find(Meeting, { invitedAt: { $ne: null } }, { orderBy: { start: 'asc', id: 'asc' } }),
      await em.find(Recommendation, {}, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      await em.find(Withholding, {}),
    ];
    const withheld = new Map(withholdings.map((row) => [row.id, row]));
    const attachments = await em.find(FileAttachment, { subjectKind: { $in: [...PUBLISHED_SUBJECTS] } });
    const filesOf = (kind: string, id: string) => attachedFileIds(attachments, kind, id);

    const openMemberships = this.memberships(memberships, appointments, coordination, groups, publicIds);
    // The recommendation each shown paper stands for, by its process (an agenda item names the process).
    const shownPapers = new Map(
      recommendations
        .filter((r) => publicListing(recommendationDue(r), withheld.get(r.id)) === 'shown')
        .map((r) => [r.processId, r.id] as const),
    );
    const openMeetings = this.meetings(
      meetings,
      await this.agendas(em, meetings),
      { withheld, publicIds, shownPapers, filesOf },
      redact,
    );
    const published = new Map(openMeetings.flatMap((m) => (m.deleted ? [] : [[m.id, m] as const])));
    const papers = this.papers(recommendations, published, { withheld, filesOf }, redact);
    const storedFiles = attachments.length
      ? await em.find(StoredFile, { id: { $in: [...new Set(attachments.map((a) => a.fileId))] } })
      : [];
    const files = openFiles(attachments, storedFiles, openMeetings, papers, redact);
    const reports = openReports(await em.find(AnnualReport, { state: 'submitted' }));
    const everything = [
      ...people.map((p) => p.createdAt),
      ...groups.map((g) => g.createdAt),
      ...meetings.map((m) => m.createdAt),
    ];
    const created = everything.length
      ? new Date(Math.min(...everything.map((d) => d.getTime())))
      : new Date(0);
    const organizations = this.organizations(groups, openMemberships, openMeetings, created);
    const openPeople = this.people(people, openMemberships);
    return {
      asOf: this.clock.now(),
      created,
      modified: latest(
        created,
        ...organizations.map((o) => o.modified),
        ...openPeople.map((p) => p.modified),
        ...openMeetings.map((m) => m.modified),
        ...papers.map((p) => p.modified),
        ...files.map((f) => f.modified),
        ...reports.map((r) => r.modified),
      ),
      organizations,
      people: openPeople,
      memberships: openMemberships,
      meetings: openMeetings,
      papers,
      files,
      reports,
    };
  }

  /** A published document's content, or null when it is not (or no longer) public. */
  async fileContent(id: string): Promise<StoredFile | null> {
    const data = await this.snapshot();
    if (!data.files.some((file) => file.id === id && !file.deleted)) return null;
    return this.em.fork().findOne(StoredFile, id, { populate: ['content'] });
  }

  /** A submitted annual report as published (names of people without consent replaced), or null. */
  async report(year: number): Promise<AnnualReport | null> {
    const em = this.em.fork();
    const report = await em.findOne(AnnualReport, { year, state: 'submitted' });
    if (!report) return null;
    const { publicIds, redact } = await this.audience(em);
    const named = { ...report, figures: report.figures && (await figuresWithNames(em, report.figures)) };
    return publicReport(named as AnnualReport, publicIds, redact) as AnnualReport;
  }

  /** Who may be named: people with a public profile; the names of all others are replaced in texts. */
  private async audience(em: EntityManager) {
    const people = await em.find(Person, {});
    const publicIds = new Set(people.filter((p) => p.publicProfile && !p.erasedAt).map((p) => p.id));
    const redact = nameRedactor(
      people
        .filter((person) => !publicIds.has(person.id))
        .flatMap((person) => [person.name, [person.givenName, person.familyName].filter(Boolean).join(' ')]),
    );
    return { people, publicIds, redact };
  }

  private people(people: Person[], memberships: OpenMembership[]): Listed<OpenPerson>[] {
    const listed: Listed<OpenPerson>[] = [];
    for (const person of people) {
      if (person.publicProfile && !person.erasedAt) {
        const own = memberships.filter((m) => m.personId === person.id);
        listed.push({
          id: person.id,
          created: person.createdAt,
          modified: latest(person.updatedAt, ...own.map((m) => m.modified)),
          name: person.name,
          givenName: person.givenName,
          familyName: person.familyName,
        });
      } else if (person.publicProfileChangedAt) {
        const at = latest(person.publicProfileChangedAt, person.erasedAt);
        listed.push(gone(person.id, person.createdAt, at));
      }
    }
    return listed.sort(byCreated);
  }

  /** Plenary and working-group memberships, and the steering seats, of people with a public profile. */
  private memberships(
    memberships: Membership[],
    appointments: Appointment[],
    coordination: CoordinationAssignment[],
    groups: WorkingGroup[],
    publicIds: Set<string>,
  ): OpenMembership[] {
    const open: OpenMembership[] = [];
    const groupNames = new Map(groups.map((g) => [g.id, g.name]));
    for (const m of memberships) {
      if (!publicIds.has(m.personId)) continue;
      const organizationId = m.body === 'plenary' ? PLENARY : m.workingGroupId;
      if (!organizationId) continue;
      const stamps = { created: m.createdAt, modified: m.updatedAt };
      open.push({
        id: m.id,
        ...stamps,
        personId: m.personId,
        organizationId,
        role: MEMBER_ROLES[m.role],
        votingRight: m.role !== 'temporary',
        startDate: m.from,
        endDate: m.to,
      });
      if (m.role === 'moderator' && m.workingGroupId) {
        open.push({
          id: `moderator-${m.id}`,
          ...stamps,
          personId: m.personId,
          organizationId: STEERING,
          role: `Moderation der Arbeitsgruppe „${groupNames.get(m.workingGroupId) ?? ''}“`,
          votingRight: true,
          startDate: m.from,
          endDate: m.to,
        });
      }
    }
    for (const a of appointments) {
      if (!a.personId || !publicIds.has(a.personId) || !a.termStart) continue;
      if (a.status === 'declined' || a.status === 'awaitingNomination' || a.status === 'nominated') continue;
      open.push({
        id: `appointment-${a.id}`,
        created: a.createdAt,
        modified: a.updatedAt,
        personId: a.personId,
        organizationId: STEERING,
        role: SEAT_LABELS[a.seat],
        votingRight: true,
        startDate: a.termStart,
        endDate: a.endedOn ? addDays(a.endedOn, -1) : a.termEnd,
      });
    }
    coordination.forEach((assignment, index) => {
      if (!assignment.personId || !publicIds.has(assignment.personId)) return;
      const next = coordination[index + 1];
      open.push({
        id: `coordination-${assignment.id}`,
        created: assignment.createdAt,
        modified: next ? latest(assignment.createdAt, next.createdAt) : assignment.createdAt,
        personId: assignment.personId,
        organizationId: STEERING,
        role: SEAT_LABELS.coordination,
        votingRight: true,
        startDate: assignment.since,
        endDate: next ? addDays(next.since, -1) : null,
      });
    });
    return open.sort(byCreated);
  }

  private organizations(
    groups: WorkingGroup[],
    memberships: OpenMembership[],
    meetings: Listed<OpenMeeting>[],
    created: Date,
  ): OpenOrganization[] {
    const touched = (organizationId: string, since: Date) =>
      latest(
        since,
        ...memberships.filter((m) => m.organizationId === organizationId).map((m) => m.modified),
        ...meetings.filter((m) => !m.deleted && m.organizationId === organizationId).map((m) => m.modified),
      );
    const fixed = (id: string, name: string, shortName: string, kind: OpenOrganization['kind']) => ({
      id,
      kind,
      name,
      shortName,
      topic: null,
      startDate: null,
      endDate: null,
      created,
      modified: touched(id, created),
    });
    return [
      fixed(PLENARY, 'Vollversammlung des Präventionsrates', 'Vollversammlung', 'plenary'),
      fixed(STEERING, 'Steuerungsgruppe des Präventionsrates', 'Steuerungsgruppe', 'steering'),
      ...[...groups]
        .sort((a, b) => a.foundedAt.localeCompare(b.foundedAt) || a.id.localeCompare(b.id))
        .map((group) => ({
          id: group.id,
          kind: 'working-group' as const,
          name: `Arbeitsgruppe ${group.name}`,
          shortName: group.name,
          topic: group.topic,
          startDate: group.foundedAt,
          endDate: group.dissolvedAt,
          created: group.createdAt,
          modified: touched(group.id, group.updatedAt),
        })),
      ...(['administration', 'council'] as const).map((id) =>
        fixed(id, ADDRESSEE_NAMES[id], ADDRESSEE_NAMES[id], 'addressee'),
      ),
    ];
  }

  private async agendas(em: EntityManager, meetings: Meeting[]): Promise<Map<string, AgendaItem[]>> {
    const items = meetings.length
      ? await em.find(
          AgendaItem,
          { meetingId: { $in: meetings.map((m) => m.id) }, status: 'accepted' },
          { orderBy: { position: 'asc', createdAt: 'asc', id: 'asc' } },
        )
      : [];
    const byMeeting = new Map<string, AgendaItem[]>();
    for (const item of items) byMeeting.set(item.meetingId, [...(byMeeting.get(item.meetingId) ?? []), item]);
    return byMeeting;
  }

  private meetings(
    meetings: Meeting[],
    agendas: Map<string, AgendaItem[]>,
    {
      withheld,
      publicIds,
      shownPapers,
      filesOf,
    }: {
      withheld: Map<string, Withholding>;
      publicIds: Set<string>;
      shownPapers: Map<string, string>;
      filesOf: (kind: string, id: string) => string[];
    },
    redact: (text: string) => string,
  ): Listed<OpenMeeting>[] {
    const listed: Listed<OpenMeeting>[] = [];
    for (const meeting of meetings) {
      const withholding = withheld.get(meeting.id);
      const listing = publicListing(meetingDue(meeting), withholding);
      if (listing === 'unlisted') continue;
      if (listing === 'deleted') {
        listed.push(gone(meeting.id, meeting.createdAt, latest(meeting.updatedAt, withholding?.updatedAt)));
        continue;
      }
      const modified = latest(meeting.updatedAt, withholding?.updatedAt);
      const results = meeting.state === 'minutesApproved' ? (meeting.minutes?.items ?? []) : [];
      const agenda: OpenAgendaItem[] = (agendas.get(meeting.id) ?? []).map((item, index) => {
        const minutes = results.find((r) => r.agendaItemId === item.id);
        const votes = minutes?.votes
          ? ` (Ja ${minutes.votes.yes}, Nein ${minutes.votes.no}, Enthaltung ${minutes.votes.abstain})`
          : '';
        return {
          id: item.id,
          created: item.createdAt,
          modified,
          meetingId: meeting.id,
          order: index + 1,
          name: redact(item.title),
          result: minutes ? redact(`${minutes.result}${votes}`) : null,
          paperId: (item.processId && shownPapers.get(item.processId)) ?? null,
        };
      });
      listed.push({
        id: meeting.id,
        created: meeting.createdAt,
        modified,
        name: redact(meeting.title),
        body: meeting.body,
        organizationId:
          meeting.body === 'plenary'
            ? PLENARY
            : meeting.body === 'steering'
              ? STEERING
              : String(meeting.workingGroupId),
        state: meeting.state,
        start: meeting.start,
        end: meeting.end,
        location: meeting.location,
        sequence: meeting.sequence,
        participantIds:
          meeting.state === 'held' || meeting.state === 'minutesApproved'
            ? meeting.attendance.filter((id) => publicIds.has(id))
            : [],
        agenda,
        fileIds: filesOf('meeting', meeting.id),
      });
    }
    return listed;
  }

  private papers(
    recommendations: Recommendation[],
    meetings: Map<string, OpenMeeting>,
    {
      withheld,
      filesOf,
    }: { withheld: Map<string, Withholding>; filesOf: (kind: string, id: string) => string[] },
    redact: (text: string) => string,
  ): Listed<OpenPaper>[] {
    const listed: Listed<OpenPaper>[] = [];
    const items = [...meetings.values()].flatMap((meeting) => meeting.agenda);
    for (const r of recommendations) {
      const withholding = withheld.get(r.id);
      const listing = publicListing(recommendationDue(r), withholding);
      if (listing === 'unlisted') continue;
      if (listing === 'deleted') {
        listed.push(gone(r.id, r.createdAt, latest(r.updatedAt, withholding?.updatedAt)));
        continue;
      }
      const modified = latest(r.updatedAt, withholding?.updatedAt);
      const decision = r.decision;
      const decidedAt = decision ? new Date(decision.at) : r.updatedAt;
      const decidingMeeting = decision?.meetingId ? meetings.get(decision.meetingId) : undefined;
      const item = items.find(
        (candidate) =>
          candidate.paperId === r.id && (!decidingMeeting || candidate.meetingId === decidingMeeting.id),
      );
      const consultations: OpenConsultation[] = [
        {
          id: `${r.id}-steering`,
          created: decidedAt,
          modified,
          paperId: r.id,
          organizationId: STEERING,
          kind: 'sign-off',
          role: decision?.via === 'meeting' ? 'Beschluss in der Sitzung' : 'Beschluss im Umlaufverfahren',
          authoritative: true,
          meetingId: item?.meetingId ?? decidingMeeting?.id ?? null,
          agendaItemId: item?.id ?? null,
        },
        ...r.addressees.map((addressee) => {
          const answer = r.answers.find((a) => a.addressee === addressee);
          const forward = r.forwards.find((f) => f.addressee === addressee);
          return {
            id: `${r.id}-${addressee}`,
            created: decidedAt,
            modified,
            paperId: r.id,
            organizationId: addressee,
            kind: 'answer' as const,
            role: answer
              ? 'Antwort'
              : forward
                ? 'Weitergeleitet, Antwort ausstehend'
                : 'Weiterleitung ausstehend',
            authoritative: false,
            meetingId: null,
            agendaItemId: null,
          };
        }),
      ];
      listed.push({
        id: r.id,
        created: r.createdAt,
        modified,
        name: redact(r.title),
        text: redact(r.text),
        state: r.state,
        fate: FATES[r.state] ?? r.state,
        originatorId: r.workingGroupId ?? STEERING,
        date: berlinDateOf(decidedAt),
        tags: r.tags,
        addressees: r.addressees,
        forwards: r.forwards.map((f) => ({
          addressee: f.addressee,
          date: f.date,
          reference: f.reference ?? null,
        })),
        answers: r.answers.map((a) => ({ addressee: a.addressee, date: a.date, summary: redact(a.summary) })),
        consultations,
        fileIds: filesOf('recommendation', r.id),
      });
    }
    return listed;
  }
}

const byCreated = (a: { created: Date; id: string }, b: { created: Date; id: string }) =>
  a.created.getTime() - b.created.getTime() || a.id.localeCompare(b.id);
