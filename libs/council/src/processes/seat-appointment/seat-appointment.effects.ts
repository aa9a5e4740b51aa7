import { personRef, type EffectContext, type EffectHandler } from '@gremium/workflow';
import { Appointment } from './appointment.entity';
import { coordinationUsers, mailNow } from '../../notifications/mail-now';
import { Meeting } from '../../meetings/meeting.entity';
import { Person } from '../../people/person.entity';
import { formatGermanDate, SEAT_LABELS } from '../../shared/german-labels';
import { daysBetween } from '../../terms/calendar-date';
import { appointmentStatus } from './appointment-status';
import type { AppointmentContext, SuccessorParams, TermAlertParams } from './seat-appointment.machine';

/** P3 → the appointment row (status and dates), after every transition. */
export async function projectAppointment({
  em,
  instance,
  now,
}: EffectContext<AppointmentContext>): Promise<void> {
  const context = instance.context;
  const fields = {
    seat: context.seat,
    predecessorId: context.predecessorId ?? null,
    personId: context.personId,
    organizationId: context.organizationId,
    termStart: context.termStart ?? context.proposedTermStart,
    termEnd: context.termEnd,
    endedOn: context.endedOn,
    status: appointmentStatus(instance.state),
    processId: instance.id,
    updatedAt: now,
  };
  const existing = await em.findOne(Appointment, context.appointmentId);
  if (existing) Object.assign(existing, fields);
  else em.create(Appointment, { id: context.appointmentId, ...fields, createdAt: now });
  // Both ways: the term being succeeded names its successor.
  if (context.predecessorId) {
    const predecessor = await em.findOne(Appointment, context.predecessorId);
    if (predecessor && predecessor.successorId !== context.appointmentId) {
      predecessor.successorId = context.appointmentId;
      predecessor.updatedAt = now;
    }
  }
}

/**
 * The first alert opens the successor's appointment, waiting for the city's nomination, linked to this
 * term and proposed to start the day after its last day.
 */
export const openSuccessor: EffectHandler<AppointmentContext, SuccessorParams> = async (
  { engine },
  { seat, predecessorId, termStart },
) => {
  await engine.startProcess('seat-appointment', { seat, predecessorId, termStart });
};

/** One notification for the coordination office and one e-mail to each of its accounts. */
export const sendTermAlert: EffectHandler<AppointmentContext, TermAlertParams> = async (
  { em, engine },
  alert,
) => {
  const person = alert.personId ? await em.findOne(Person, alert.personId) : null;
  // By id: the name is put in when the notification is read or mailed (an erased person's pseudonym).
  const [meeting] = await em.find(
    Meeting,
    { body: 'plenary', date: { $gte: alert.today, $lte: alert.lastDay } },
    { orderBy: { date: 'desc' }, limit: 1 },
  );
  const seat = SEAT_LABELS[alert.seat as keyof typeof SEAT_LABELS] ?? alert.seat;
  const who = person ? personRef(person.id) : 'unbesetzt';
  const daysLeft = daysBetween(alert.today, alert.lastDay);
  const plenary = meeting
    ? `Letzte Sitzung der Vollversammlung davor: ${meeting.title} am ${formatGermanDate(meeting.date)}.`
    : 'Bis dahin ist keine Sitzung der Vollversammlung geplant (sie tagt einmal im Jahr).';
  const message =
    `Die Amtszeit von ${who} im Sitz „${seat}“ der Steuerungsgruppe endet am ${formatGermanDate(alert.lastDay)} ` +
    `(noch ${daysLeft} Tage). ${plenary} Die Nachfolge wartet auf den Vorschlag der Stadt.`;
  const coordination = await coordinationUsers(em);
  await engine.notify({
    kind: 'term-expiry-alert',
    subjectType: 'appointment',
    subjectId: alert.appointmentId,
    message,
    recipient: { role: 'coordination' },
    email: {
      to: mailNow(coordination),
      subject: `Amtszeit endet am ${formatGermanDate(alert.lastDay)}: Sitz ${seat}`,
      text: `${message}\n\nVorlaufzeit dieser Erinnerung: ${alert.leadDays} Tage.`,
    },
  });
};
