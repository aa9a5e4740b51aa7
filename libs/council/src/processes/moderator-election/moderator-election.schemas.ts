import { z } from 'zod';
import { reasonPayload } from '../../shared/payload-schemas';

export const electionInput = z.object({ workingGroupId: z.uuid() }).strict();
export type ElectionInput = z.infer<typeof electionInput>;

export const electPayload = z.object({ personId: z.uuid(), meetingId: z.uuid().optional() }).strict();

export type ElectionCommands = {
  ELECT: z.infer<typeof electPayload>;
  CANCEL: z.infer<typeof reasonPayload>;
};
