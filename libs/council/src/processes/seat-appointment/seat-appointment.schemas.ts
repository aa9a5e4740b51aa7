import { z } from 'zod';
import { voteCounts } from '../../shared/payload-schemas';
import { isCalendarDate } from '../../terms/calendar-date';
import { APPOINTED_SEATS } from './appointment.entity';

const calendarDate = z.string().refine(isCalendarDate, 'must be a calendar date YYYY-MM-DD');

export const appointmentInput = z
  .object({
    seat: z.enum(APPOINTED_SEATS),
    personId: z.uuid().optional(),
    organizationId: z.uuid().optional(),
    termStart: calendarDate.optional(),
    /** The term this one succeeds (set when the first alert of that term opens this one). */
    predecessorId: z.uuid().optional(),
  })
  .strict()
  .refine((input) => (input.personId === undefined) === (input.organizationId === undefined), {
    message: 'personId and organizationId go together',
    path: ['organizationId'],
  });
export type AppointmentInput = z.infer<typeof appointmentInput>;

export const nominatePayload = z
  .object({ personId: z.uuid(), organizationId: z.uuid(), termStart: calendarDate.optional() })
  .strict();
export const appointmentDecision = z
  .object({
    decision: z.enum(['appointed', 'rejected']),
    termStart: calendarDate.optional(),
    meetingId: z.uuid().optional(),
    votes: voteCounts.optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();
export const endEarlyPayload = z
  .object({ effectiveDate: calendarDate, reason: z.string().trim().min(1).max(2000) })
  .strict();

export type AppointmentCommands = {
  NOMINATE: z.infer<typeof nominatePayload>;
  PLENARY_DECISION: z.infer<typeof appointmentDecision>;
  END_EARLY: z.infer<typeof endEarlyPayload>;
};

export type AppointmentFacts = { termAlertLeadDays?: number[]; successorReady?: boolean };
