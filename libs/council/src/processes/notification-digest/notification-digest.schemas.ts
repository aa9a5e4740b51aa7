import { z } from 'zod';

/** The calendar day (Europe/Berlin) whose digest this is. */
export const notificationDigestInput = z.object({ date: z.iso.date() }).strict();
export type NotificationDigestInput = z.infer<typeof notificationDigestInput>;
