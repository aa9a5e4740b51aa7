import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { ProcessInstance } from '@gremium/workflow';
import {
  Appointment,
  formatGermanDate,
  SEAT_LABELS,
  steeringGroupOn,
  User,
  verifyPassword,
  WorkingGroup,
  type Editor,
  berlinWallTime,
  type MeetingBody,
  type MeetingKind,
  type Seat,
} from '@gremium/council';
import { demoTimeline, type DemoTimeline } from './demo-calendar';
import {
  DEMO_COORDINATOR,
  DEMO_GROUPS,
  DEMO_INDIVIDUALS,
  DEMO_ORGANIZATIONS,
  DEMO_PEOPLE,
  DEMO_REPRESENTATIVES,
  DEMO_SEATS,
  DEMO_TEMPORARY_MEMBERS,
  displayName,
  type DemoPerson,
} from './demo-council';
import { DemoIntake, type UserRef } from './demo-intake.service';
import { generatePassword } from './demo-password';
import { DemoRecords, emptyTally, type Tally } from './demo-records.service';
import type { DemoAccount, DemoReport } from './demo-report';

const ENV_PASSWORD = 'DEMO_PASSWORD';

/** A meeting of the demo calendar with its id. */
type HeldMeeting = DemoMeeting & { id: string };

/**
 * The demo records decisions taken before its processes were started (the council existed before Gremium):
 * a decision may name only a meeting held since its process began, so the meeting is named in the note.
 */
function decidedAt(meeting: HeldMeeting): string {
  return `Beschlossen in der Sitzung „${meeting.title}“ am ${formatGermanDate(meeting.date)}, vor der Erfassung in Gremium.`;
}

/**
 * Builds the demo council of Halle (Saale) as the coordination office would in the dashboard: records
 * through the council's services, every process start and command through the engine's intake.
 */
const DEMO_MEETING_LOCATION = 'Ratshof Halle (Saale), Marktplatz 1, Beratungsraum 1';

interface DemoMeeting {
  body: MeetingBody;
  kind: MeetingKind;
  title: string;
  date: string;
  workingGroupId?: string;
}

@Injectable()
export class DemoSeeder {
  private readonly people = new Map<string, string>();
  private readonly organizations = new Map<string, string>();
  private readonly passwords = new Map<string, string>();

  constructor(
    private readonly em: EntityManager,
    private readonly records: DemoRecords,
    private readonly intake: DemoIntake,
  ) {}

  async seed(demoPassword: string | null): Promise<DemoReport> {
    const tally = emptyTally();
    const today = await this.intake.today();
    const coordinator = this.person(DEMO_COORDINATOR);
    const plan = demoTimeline((await this.records.anchor(coordinator.email)) ?? today, DEMO_GROUPS.length);
    const password = () => demoPassword ?? generatePassword();

    // The office signs in first: everything after is recorded and sent by its account.
    const office = await this.records.coordinationAccount(coordinator.email, password, tally);
    this.remember(office.user, 'coordination', office.password);
    const by: Editor = { userId: office.user.id };
    const actor: UserRef = { type: 'user', userId: office.user.id };

    for (const spec of DEMO_ORGANIZATIONS)
      this.organizations.set(spec.key, await this.records.organization(spec, by, tally));
    for (const spec of DEMO_PEOPLE) {
      const organizationId = spec.organization ? this.orgId(spec.organization) : null;
      this.people.set(spec.key, await this.records.person(spec, organizationId, by, tally));
    }
    await this.records.linkAccount(office.user, this.personId(DEMO_COORDINATOR), by);
    const steeringHolders = [
      ...DEMO_SEATS.map((seat) => seat.person),
      ...DEMO_GROUPS.map((group) => group.moderator),
    ];
    for (const key of steeringHolders) await this.account(this.person(key), password, by, tally);

    await this.records.coordinationSeat(this.personId(DEMO_COORDINATOR), plan.coordinationSince, by, tally);
    const meetings = await this.bodyMeetings(actor, plan, tally);
    await this.records.rulesOfProcedure(meetings.steering.id, by, tally);
    for (const [organization, person] of Object.entries(DEMO_REPRESENTATIVES)) {
      await this.records.plenaryMember(
        this.personId(person),
        plan.policePlenary,
        this.orgId(organization),
        by,
        tally,
      );
    }
    for (const person of DEMO_INDIVIDUALS) {
      await this.records.plenaryMember(this.personId(person), plan.policePlenary, null, by, tally);
    }

    await this.appointSeats(actor, plan, meetings, tally);
    const groups = await this.foundGroups(actor, meetings, tally);
    for (const member of DEMO_TEMPORARY_MEMBERS) {
      const quarter = plan.quarters[member.untilQuarter];
      const spec = { from: plan.anchor, to: quarter.lastDay, topic: member.topic };
      await this.records.temporaryMember(
        this.personId(member.person),
        groups.get(member.group)!,
        spec,
        by,
        tally,
      );
    }
    await this.groupMeetings(actor, plan, groups, tally);
    await this.annualReport(actor, today, tally);
    await this.intake.settle();
    return this.report(today, tally, demoPassword);
  }

  private async bodyMeetings(actor: UserRef, plan: DemoTimeline, tally: Tally) {
    const meeting = async (spec: DemoMeeting): Promise<HeldMeeting> => ({
      id: await this.meeting(actor, spec, tally),
      ...spec,
    });
    const plenary = (date: string) =>
      meeting({ body: 'plenary', kind: 'regular', title: `Vollversammlung ${date.slice(0, 4)}`, date });
    const police = await plenary(plan.policePlenary);
    const provider = await plenary(plan.providerPlenary);
    const steering = await meeting({
      body: 'steering',
      kind: 'regular',
      title: 'Steuerungsgruppe: Geschäftsordnung und Arbeitsgruppen',
      date: plan.steeringMeeting,
    });
    const founding = await meeting({
      body: 'plenary',
      kind: 'extraordinary',
      title: 'Außerordentliche Vollversammlung: Neuausrichtung und Arbeitsgruppen',
      date: plan.foundingPlenary,
    });
    await plenary(plan.nextPlenary);
    return { police, provider, steering, founding };
  }

  /** P3 for each appointed seat, recorded with the plenary decision that appointed it (R7). */
  private async appointSeats(
    actor: UserRef,
    plan: DemoTimeline,
    meetings: { police: HeldMeeting; provider: HeldMeeting; founding: HeldMeeting },
    tally: Tally,
  ): Promise<void> {
    const decided = {
      police: { termStart: plan.policePlenary, at: meetings.police },
      provider: { termStart: plan.providerPlenary, at: meetings.provider },
      science: { termStart: plan.foundingPlenary, at: meetings.founding },
    };
    for (const spec of DEMO_SEATS) {
      const input = {
        seat: spec.seat,
        personId: this.personId(spec.person),
        organizationId: this.orgId(spec.organization),
      };
      const { instance, created } = await this.intake.start(
        actor,
        'seat-appointment',
        `demo:seat:${spec.seat}`,
        input,
      );
      tally.processes += Number(created);
      const { termStart, at } = decided[spec.seat];
      const payload = {
        decision: 'appointed',
        termStart,
        votes: spec.votes,
        note: `${decidedAt(at)} Auf Vorschlag der Stadt Halle (Saale).`,
      };
      tally.commands += Number(
        await this.intake.send(actor, instance.id, 'PLENARY_DECISION', payload, 'demo:appointed'),
      );
    }
  }

  /** P1 through both consents (R8), then P5: each group elects its moderator from its members (R3). */
  private async foundGroups(
    actor: UserRef,
    meetings: { steering: HeldMeeting; founding: HeldMeeting },
    tally: Tally,
  ): Promise<Map<string, string>> {
    const groups = new Map<string, string>();
    for (const spec of DEMO_GROUPS) {
      const input = {
        name: spec.name,
        topic: spec.topic,
        rationale: spec.rationale,
        initialMemberIds: spec.members.map((key) => this.personId(key)),
      };
      const { instance, created } = await this.intake.start(
        actor,
        'working-group-founding',
        `demo:group:${spec.key}`,
        input,
      );
      tally.processes += Number(created);
      const steering = {
        decision: 'granted',
        votes: spec.steeringVotes,
        note: decidedAt(meetings.steering),
      };
      const plenary = { decision: 'adopted', votes: spec.plenaryVotes, note: decidedAt(meetings.founding) };
      tally.commands += Number(
        await this.intake.send(actor, instance.id, 'STEERING_DECISION', steering, 'demo:steering'),
      );
      tally.commands += Number(
        await this.intake.send(actor, instance.id, 'PLENARY_DECISION', plenary, 'demo:plenary'),
      );
      const founded = await this.intake.get(instance.id);
      if (founded.state !== 'founded')
        throw new Error(`the founding of ${spec.name} is ${JSON.stringify(founded.state)}`);
      const groupId = String(founded.context.workingGroupId);
      groups.set(spec.key, groupId);
      const election = await this.em
        .fork()
        .findOneOrFail(
          ProcessInstance,
          { definitionKey: 'moderator-election', subjectId: groupId },
          { orderBy: { createdAt: 'asc' } },
        );
      const elect = { personId: this.personId(spec.moderator) };
      tally.commands += Number(await this.intake.send(actor, election.id, 'ELECT', elect, 'demo:elect'));
    }
    return groups;
  }

  /** R4, R5: each quarter the steering group meets before the working groups. */
  private async groupMeetings(
    actor: UserRef,
    plan: DemoTimeline,
    groups: Map<string, string>,
    tally: Tally,
  ): Promise<void> {
    for (const quarter of plan.quarters) {
      const title = `Steuerungsgruppe: Sitzung ${quarter.label}`;
      await this.meeting(actor, { body: 'steering', kind: 'regular', title, date: quarter.steering }, tally);
      for (const [index, spec] of DEMO_GROUPS.entries()) {
        await this.meeting(
          actor,
          {
            body: 'working-group',
            kind: 'regular',
            title: `AG ${spec.name}: Sitzung ${quarter.label}`,
            date: quarter.groupMeetings[index],
            workingGroupId: groups.get(spec.key)!,
          },
          tally,
        );
      }
    }
  }

  /**
   * P6 (R10): the report on the past year, written, approved by the steering group at a meeting today and
   * submitted to the city council; the report on this year is not due before its schedule starts it in January.
   */
  private async annualReport(actor: UserRef, today: string, tally: Tally): Promise<void> {
    const year = Number(today.slice(0, 4)) - 1;
    const { instance, created } = await this.intake.start(
      actor,
      'annual-report',
      `demo:annual-report:${year}`,
      {
        year,
      },
    );
    tally.processes += Number(created);
    const narrative = {
      sections: {
        introduction:
          `Der Präventionsrat der Stadt Halle (Saale) berichtet dem Stadtrat über seine Arbeit im Jahr ${year} (R10). ` +
          'Die Zahlen des Berichts sind aus den Beschlüssen, Sitzungen und Amtszeiten des Jahres zusammengestellt.',
        workingGroups:
          'Die Arbeitsgruppen haben vierteljährlich getagt. Das Querschnittsthema Mobbing wurde in allen Arbeitsgruppen behandelt (R12).',
        steeringGroup:
          'Die Steuerungsgruppe hat vor den Sitzungen der Arbeitsgruppen getagt, die Empfehlungen der Arbeitsgruppen beraten und die Geschäftsordnung beschlossen.',
        outlook: `Für ${year + 1} plant der Präventionsrat, die Arbeit der Arbeitsgruppen fortzusetzen und die Vollversammlung im Frühjahr einzuberufen.`,
      },
    };
    const send = async (type: string, payload: Record<string, unknown>, key: string) => {
      tally.commands += Number(await this.intake.send(actor, instance.id, type, payload, key));
    };
    await send('EDIT_NARRATIVE', narrative, 'demo:report:narrative');
    await send('SUBMIT_FOR_APPROVAL', {}, 'demo:report:submit');
    const meetingId = await this.meeting(
      actor,
      {
        body: 'steering',
        kind: 'extraordinary',
        title: `Steuerungsgruppe: Freigabe des Jahresberichts ${year}`,
        date: today,
      },
      tally,
    );
    await send(
      'STEERING_DECISION',
      { decision: 'approved', meetingId, votes: { yes: 7, no: 0, abstain: 1 } },
      'demo:report:approved',
    );
    await send(
      'SUBMIT_TO_COUNCIL',
      { date: today, reference: `VII/${year + 1}/01234` },
      'demo:report:council',
    );
  }

  /**
   * P8 for a meeting of the demo calendar (10:00–12:00 Berlin time, in the town hall). A meeting already
   * past is recorded as held, as the migration adopted the meetings recorded before P8; a coming one is
   * planned by the coordination office, so its agenda is live.
   */
  private async meeting(actor: UserRef, spec: DemoMeeting, tally: Tally): Promise<string> {
    const held = spec.date < (await this.intake.today());
    const input = {
      body: spec.body,
      ...(spec.workingGroupId ? { workingGroupId: spec.workingGroupId } : {}),
      kind: spec.kind,
      title: spec.title,
      start: berlinWallTime(spec.date, 10, 0).toISOString(),
      end: berlinWallTime(spec.date, 12, 0).toISOString(),
      location: DEMO_MEETING_LOCATION,
    };
    const key = `demo:meeting:${spec.body}:${spec.workingGroupId ?? ''}:${spec.title}`;
    const { instance, created } = held
      ? await this.intake.record('meeting', key, { ...input, adopt: { meetingId: randomUUID(), held } })
      : await this.intake.start(actor, 'meeting', key, input);
    tally.meetings += Number(created);
    return String(instance.context.meetingId);
  }

  private async account(spec: DemoPerson, password: () => string, by: Editor, tally: Tally): Promise<void> {
    const created = await this.records.account(
      this.personId(spec.key),
      spec.email,
      'viewer',
      password,
      by,
      tally,
    );
    this.remember(created.user, 'viewer', created.password);
  }

  /** Notes a password to print once; an existing account must already have the demo's role. */
  private remember(user: User, role: 'coordination' | 'viewer', password: string | null): void {
    if (!user.roles.includes(role))
      throw new Error(`the account ${user.email} exists without the role ${role}`);
    if (password) this.passwords.set(user.email, password);
  }

  private async report(today: string, tally: Tally, demoPassword: string | null): Promise<DemoReport> {
    const em = this.em.fork();
    const composition = await steeringGroupOn(em, today);
    const accounts: DemoAccount[] = [];
    const coordinator = this.person(DEMO_COORDINATOR);
    const holders = [
      DEMO_COORDINATOR,
      ...DEMO_SEATS.map((seat) => seat.person),
      ...DEMO_GROUPS.map((group) => group.moderator),
    ];
    for (const key of holders) {
      const spec = this.person(key);
      const user = await em.findOneOrFail(User, { email: spec.email.toLowerCase() });
      const shown = this.passwords.get(user.email);
      let password = '(shown on the first run)';
      if (shown) password = demoPassword ? ENV_PASSWORD : shown;
      else if (demoPassword && (await verifyPassword(user.passwordHash, demoPassword)))
        password = ENV_PASSWORD;
      const seat = composition.seats.find((candidate) => candidate.personId === this.personId(key));
      accounts.push({
        email: user.email,
        password,
        role: user.roles.join(', '),
        person: displayName(spec),
        can: await this.abilities(key === coordinator.key, seat),
      });
    }
    const [expiring] = await em.find(
      Appointment,
      { status: { $in: ['active', 'expiring'] }, termEnd: { $ne: null } },
      { orderBy: { termEnd: 'asc' }, limit: 1 },
    );
    return {
      tally,
      accounts,
      steeringGroup: { size: composition.size, occupied: composition.occupied },
      nextTermEnd: expiring?.termEnd
        ? `${SEAT_LABELS[expiring.seat]} seat ends on ${formatGermanDate(expiring.termEnd)} (${expiring.status})`
        : null,
    };
  }

  /** In words, what `GET /api/auth/me` derives from the data for this person today (R3, R6). */
  private async abilities(coordination: boolean, seat: Seat | undefined): Promise<string> {
    if (coordination)
      return "Koordinierungsstelle, leads the SG: manages data and accounts, starts processes, records the bodies' decisions";
    if (!seat) return 'reads everything; no steering seat today';
    if (seat.kind === 'moderator') {
      const group = await this.em.fork().findOneOrFail(WorkingGroup, seat.workingGroupId!);
      return `moderates AG ${group.name} and sits in the SG (steering-member, moderator)`;
    }
    const label = SEAT_LABELS[seat.kind];
    return `appointed SG seat ${label} until ${formatGermanDate(seat.until!)} (steering-member)`;
  }

  private person(key: string): DemoPerson {
    const spec = DEMO_PEOPLE.find((candidate) => candidate.key === key);
    if (!spec) throw new Error(`no demo person ${key}`);
    return spec;
  }

  private personId(key: string): string {
    const id = this.people.get(key);
    if (!id) throw new Error(`demo person ${key} is not recorded`);
    return id;
  }

  private orgId(key: string): string {
    const id = this.organizations.get(key);
    if (!id) throw new Error(`demo organization ${key} is not recorded`);
    return id;
  }
}
