import type { EntityManager } from '@mikro-orm/postgresql';
import { conflictOn, invalidField, type ProcessDefinition, type Refusal } from '@gremium/workflow';
import { Appointment } from './appointment.entity';
import { Organization } from '../../organizations/organization.entity';
import { Person } from '../../people/person.entity';
import { coordinationOnly } from '../../permissions/rules';
import { rulesInForce } from '../../settings/rules-store';
import { addDays, berlinDateOf } from '../../terms/calendar-date';
import { openSuccessor, projectAppointment, sendTermAlert } from './seat-appointment.effects';
import { plausibleMeeting } from '../../meetings/meeting-checks';
import {
  seatAppointmentMachine,
  type AppointmentContext,
  type SuccessorParams,
  type TermAlertParams,
} from './seat-appointment.machine';
import {
  appointmentDecision,
  appointmentInput,
  endEarlyPayload,
  nominatePayload,
  type AppointmentCommands,
  type AppointmentFacts,
  type AppointmentInput,
} from './seat-appointment.schemas';
import { councilVocabulary } from '../../shared/vocabulary';
import { councilCoded } from '../../errors/council-errors';

interface AppointmentTypes {
  input: AppointmentInput;
  context: AppointmentContext;
  facts: AppointmentFacts;
  commands: AppointmentCommands;
  effects: { sendTermAlert: TermAlertParams; openSuccessor: SuccessorParams };
}

/** R7: the city proposes a person of an organization of the seat's kind. */
async function checkNominee(
  em: EntityManager,
  seat: string,
  personId: string | undefined,
  organizationId: string | undefined,
  root: string,
): Promise<Refusal | null> {
  if (personId === undefined) return null;
  // One after the other: inside the worker's transaction they share one connection.
  const person = await em.findOne(Person, personId);
  const organization = organizationId ? await em.findOne(Organization, organizationId) : null;
  if (!person) return invalidField(`${root}.personId`, councilCoded('person.unknown'));
  if (!organization) return invalidField(`${root}.organizationId`, councilCoded('organization.unknown'));
  // A person recorded with an organization of another kind does not fit the seat (R6: police, provider, science).
  const own = person.organizationId ? await em.findOne(Organization, person.organizationId) : null;
  if (own && own.kind !== seat) {
    return conflictOn(
      `${root}.personId`,
      councilCoded('person.wrong_kind', { organization: own.name, kind: own.kind, seat }),
    );
  }
  if (organization.kind !== seat) {
    return invalidField(
      `${root}.organizationId`,
      councilCoded('organization.wrong_kind', { kind: organization.kind, seat }),
    );
  }
  return null;
}

/** At expiry: does an appointment of the same seat take over no later than the next day? */
async function successorReady(em: EntityManager, context: AppointmentContext): Promise<boolean> {
  if (!context.termEnd) return false;
  const successors = await em.count(Appointment, {
    seat: context.seat,
    id: { $ne: context.appointmentId },
    status: { $in: ['appointed', 'active'] },
    termStart: { $lte: addDays(context.termEnd, 1) },
  });
  return successors > 0;
}

const plenaryMeeting = plausibleMeeting<AppointmentContext, AppointmentCommands['PLENARY_DECISION']>(
  'meetingId',
  'plenary',
);

export const seatAppointment: ProcessDefinition<AppointmentTypes> = {
  key: 'seat-appointment',
  version: 1,
  machine: seatAppointmentMachine,
  input: appointmentInput,
  labels: { de: 'Berufung in die Steuerungsgruppe', en: 'Appointment to the steering group' },
  description: {
    de: 'Die Vollversammlung beruft auf Vorschlag der Stadt für zwei Jahre. Ohne Person wartet der Vorgang auf den Vorschlag der Stadt; ohne Beginn legt die Vollversammlung ihn mit ihrem Beschluss fest.',
    en: "The plenary appoints for two years on the city's proposal. Without a person the matter waits for the city's nomination; without a start the plenary sets it with its decision.",
  },
  vocabulary: councilVocabulary,
  summary: [
    'seat',
    'personId',
    'organizationId',
    'proposedTermStart',
    'termStart',
    'termEnd',
    'endedOn',
    'endReason',
  ],
  stateLabels: {
    awaitingNomination: { de: 'Vorschlag der Stadt ausstehend', en: 'Awaiting nomination' },
    nominated: { de: 'Vorgeschlagen', en: 'Nominated' },
    term: { de: 'Amtszeit', en: 'Term' },
    appointed: { de: 'Berufen', en: 'Appointed' },
    inOffice: { de: 'Im Amt', en: 'In office' },
    active: { de: 'Aktiv', en: 'Active' },
    expiring: { de: 'Läuft aus', en: 'Expiring' },
    succeeded: { de: 'Nachfolge im Amt', en: 'Succeeded' },
    expired: { de: 'Abgelaufen', en: 'Expired' },
    ended: { de: 'Vorzeitig beendet', en: 'Ended early' },
    declined: { de: 'Nicht berufen', en: 'Declined' },
  },
  commands: {
    NOMINATE: {
      payload: nominatePayload,
      label: { de: 'Vorschlag der Stadt erfassen', en: 'Record the city’s nomination' },
      permission: coordinationOnly,
      check: ({ em, instance, payload }) =>
        checkNominee(em, instance?.context.seat ?? '', payload.personId, payload.organizationId, 'payload'),
    },
    PLENARY_DECISION: {
      payload: appointmentDecision,
      label: { de: 'Beschluss der Vollversammlung erfassen', en: 'Record the plenary decision' },
      permission: coordinationOnly,
      final: true,
      check: async (ctx) =>
        ctx.payload.decision === 'appointed' &&
        !ctx.payload.termStart &&
        !ctx.instance?.context.proposedTermStart
          ? invalidField('payload.termStart', councilCoded('appointment.term_start_required'))
          : plenaryMeeting(ctx),
    },
    END_EARLY: {
      payload: endEarlyPayload,
      label: { de: 'Amtszeit vorzeitig beenden', en: 'End the term early' },
      permission: coordinationOnly,
      final: true,
      check: async ({ instance, payload }) => {
        const termStart = instance?.context.termStart;
        return termStart && payload.effectiveDate <= termStart
          ? conflictOn('payload.effectiveDate', councilCoded('appointment.end_before_start'))
          : null;
      },
    },
  },
  startPermission: coordinationOnly,
  startCheck: ({ em, payload }) =>
    checkNominee(em, payload.seat, payload.personId, payload.organizationId, 'input'),
  enrich: async ({ em, instance, type, now }) => {
    const facts: AppointmentFacts = {};
    if (type === 'process.started' || type === 'PLENARY_DECISION') {
      facts.termAlertLeadDays = (await rulesInForce(em, berlinDateOf(now))).termAlertLeadDays;
    }
    if (type.startsWith('xstate.after.termEnd.') && instance) {
      facts.successorReady = await successorReady(em, instance.context);
    }
    return facts;
  },
  subject: (context) => ({ type: 'appointment', id: context.appointmentId }),
  effects: { sendTermAlert, openSuccessor },
  project: projectAppointment,
  readModels: [{ entity: Appointment }],
};
