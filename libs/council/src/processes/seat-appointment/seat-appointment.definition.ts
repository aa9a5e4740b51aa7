import type { EntityManager } from '@mikro-orm/postgresql';
import { allChecks, meetingInPayload } from '../../meetings/meeting-checks';
import { conflict, invalidField, type ProcessDefinition, type Refusal } from '@gremium/workflow';
import { Appointment } from './appointment.entity';
import { Organization } from '../../organizations/organization.entity';
import { Person } from '../../people/person.entity';
import { coordinationOnly } from '../../permissions/rules';
import { rulesInForce } from '../../settings/rules-store';
import { addDays, berlinDateOf } from '../../terms/calendar-date';
import { openSuccessor, projectAppointment, sendTermAlert } from './seat-appointment.effects';
import {
  seatAppointmentMachine,
  type AppointmentContext,
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

interface AppointmentTypes {
  input: AppointmentInput;
  context: AppointmentContext;
  facts: AppointmentFacts;
  commands: AppointmentCommands;
  effects: { sendTermAlert: TermAlertParams; openSuccessor: { seat: string } };
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
  if (!person) return invalidField(`${root}.personId`, 'is not an existing person');
  if (!organization) return invalidField(`${root}.organizationId`, 'is not an existing organization');
  if (organization.kind !== seat) {
    return invalidField(
      `${root}.organizationId`,
      `is of kind ${organization.kind}, but the seat needs ${seat}`,
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
      check: allChecks(
        async ({ instance, payload }) =>
          payload.decision === 'appointed' && !payload.termStart && !instance?.context.proposedTermStart
            ? invalidField('payload.termStart', 'is required when the plenary appoints')
            : null,
        meetingInPayload('plenary'),
      ),
    },
    END_EARLY: {
      payload: endEarlyPayload,
      label: { de: 'Amtszeit vorzeitig beenden', en: 'End the term early' },
      permission: coordinationOnly,
      final: true,
      check: async ({ instance, payload }) => {
        const termStart = instance?.context.termStart;
        return termStart && payload.effectiveDate <= termStart
          ? conflict('the effective date must lie after the start of the term')
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
