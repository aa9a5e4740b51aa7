import { z } from 'zod';
import { voteCounts } from '../../shared/payload-schemas';
import { AGENDA_KINDS } from '../../meetings/agenda-item.entity';
import { MEETING_BODIES, MEETING_KINDS } from '../../meetings/meeting.entity';

/** An instant with an explicit offset or `Z` (ISO 8601), stored as UTC ISO text. */
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());

const endAfterStart = (value: { start: string; end: string }) => value.end > value.start;

export const meetingInput = z
  .object({
    body: z.enum(MEETING_BODIES),
    workingGroupId: z.uuid().optional(),
    kind: z.enum(MEETING_KINDS),
    title: z.string().trim().min(1).max(200),
    start: instant,
    end: instant,
    location: z.string().trim().min(1).max(300),
    onlineUrl: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional(),
    /** Only the migration: adopts an existing meeting row, recorded as held when it lay in the past. */
    adopt: z.object({ meetingId: z.uuid(), held: z.boolean() }).strict().optional(),
  })
  .strict()
  .refine(endAfterStart, { path: ['end'], message: 'must lie after start' })
  .refine((value) => (value.body === 'working-group') === (value.workingGroupId !== undefined), {
    path: ['workingGroupId'],
    message: 'is required for, and only for, working-group meetings',
  });
export type MeetingInput = z.infer<typeof meetingInput>;

export const invitePayload = z.object({}).strict();
export const reschedulePayload = z
  .object({ start: instant, end: instant, location: z.string().trim().min(1).max(300).optional() })
  .strict()
  .refine(endAfterStart, { path: ['end'], message: 'must lie after start' });
export const holdPayload = z
  .object({
    attendance: z
      .array(z.uuid())
      .max(500)
      .refine((list) => new Set(list).size === list.length, 'must not repeat a person'),
  })
  .strict();
export const approveMinutesPayload = z.object({}).strict();
export const cancelPayload = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();

export const agendaItemInput = z
  .object({ title: z.string().trim().min(1).max(300), kind: z.enum(AGENDA_KINDS) })
  .strict();
export const agendaItemChange = z
  .object({
    title: z.string().trim().min(1).max(300).optional(),
    position: z.number().int().min(1).max(1000).optional(),
    status: z.enum(['accepted', 'declined']).optional(),
  })
  .strict();

export const minutesInput = z
  .object({
    attendance: z
      .array(z.uuid())
      .max(500)
      .refine((list) => new Set(list).size === list.length, 'must not repeat a person'),
    items: z
      .array(
        z
          .object({
            agendaItemId: z.uuid(),
            result: z.string().trim().max(20_000),
            decision: z.string().trim().min(1).max(50).optional(),
            votes: voteCounts.optional(),
            fields: z.record(z.string().max(50), z.unknown()).optional(),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();

export type MeetingCommands = {
  INVITE: z.infer<typeof invitePayload>;
  RESCHEDULE: z.infer<typeof reschedulePayload>;
  CANCEL: z.infer<typeof cancelPayload>;
  HOLD: z.infer<typeof holdPayload>;
  APPROVE_MINUTES: z.infer<typeof approveMinutesPayload>;
};
