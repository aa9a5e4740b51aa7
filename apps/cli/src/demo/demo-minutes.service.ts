import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AgendaService, Meeting, MinutesService, steeringGroupOn, type User } from '@gremium/council';
import { DemoIntake, type UserRef } from './demo-intake.service';
import type { Tally } from './demo-records.service';

const QUARTER_HOUR_MS = 15 * 60_000;
const TITLE = 'Steuerungsgruppe: Sondersitzung zur Geschäftsordnung';
const AMENDMENT = {
  title: 'Geschäftsordnung: Tagesordnung und Protokoll im Sitzungsdienst',
  text:
    '# Geschäftsordnung des Präventionsrates\n\n' +
    '## § 4 Sitzungen\n\nDie Koordinierungsstelle lädt mit der Tagesordnung ein. Mitglieder einer Arbeitsgruppe ' +
    'können Themen vorschlagen; die Moderation nimmt sie an oder lehnt sie ab.\n\n' +
    '## § 5 Protokoll\n\nDas Protokoll hält Anwesenheit, Ergebnisse und Beschlüsse mit Stimmen fest und wird ' +
    'von der Koordinierungsstelle genehmigt.',
};

/**
 * One steering meeting held today with approved minutes (P8): the office plans it, the amendment of the
 * rules of procedure (P7) lands on its live agenda, the office invites, records attendance and minutes and
 * approves them, and the decision reaches P7 through the intake, as the dashboard does it.
 */
@Injectable()
export class DemoMinutes {
  constructor(
    private readonly em: EntityManager,
    private readonly intake: DemoIntake,
    private readonly agendas: AgendaService,
    private readonly minutes: MinutesService,
  ) {}

  async heldSteeringMeeting(office: User, tally: Tally): Promise<void> {
    const actor: UserRef = { type: 'user', userId: office.id };
    const amendment = await this.intake.start(
      actor,
      'rules-of-procedure-amendment',
      'demo:amendment:sitzungsdienst',
      AMENDMENT,
    );
    tally.processes += Number(amendment.created);
    // Started a little before now (a whole quarter hour, today in Berlin), so it may be held at once.
    const start = Math.floor(Date.now() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
    const meeting = await this.intake.start(actor, 'meeting', `demo:meeting:steering::${TITLE}`, {
      body: 'steering',
      kind: 'extraordinary',
      title: TITLE,
      start: new Date(start).toISOString(),
      end: new Date(start + 6 * QUARTER_HOUR_MS).toISOString(),
      location: 'Ratshof Halle (Saale), Marktplatz 1, Beratungsraum 1',
    });
    tally.meetings += Number(meeting.created);
    const meetingId = String(meeting.instance.context.meetingId);
    const processId = meeting.instance.id;
    tally.commands += Number(await this.intake.send(actor, processId, 'INVITE', {}, 'demo:invite'));
    const today = await this.intake.today();
    const seated = (await steeringGroupOn(this.em.fork(), today)).seats.flatMap((seat) =>
      seat.personId ? [seat.personId] : [],
    );
    tally.commands += Number(
      await this.intake.send(actor, processId, 'HOLD', { attendance: seated }, 'demo:hold'),
    );
    const held = await this.em.fork().findOneOrFail(Meeting, meetingId);
    if (held.state === 'held' && !held.minutes) {
      const item = (await this.agendas.agenda(meetingId)).find(
        (entry) => entry.processId === amendment.instance.id,
      );
      if (!item) throw new Error('the amendment is not on the agenda of the steering meeting');
      const votes = { yes: seated.length - 1, no: 0, abstain: 1 };
      await this.minutes.record(
        meetingId,
        { type: 'user', userId: office.id, personId: office.personId, roles: office.roles },
        {
          attendance: seated,
          items: [
            {
              agendaItemId: item.id,
              result:
                'Die Steuerungsgruppe berät die Ergänzung der Geschäftsordnung um Tagesordnung und Protokoll ' +
                'und beschließt sie.',
              decision: 'adopted',
              votes,
            },
          ],
        },
      );
    }
    tally.commands += Number(
      await this.intake.send(actor, processId, 'APPROVE_MINUTES', {}, 'demo:approve-minutes'),
    );
  }
}
