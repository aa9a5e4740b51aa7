import { conflict, invalidField, type PermissionRule, type ProcessDefinition } from '@gremium/workflow';
import { Meeting } from '../../meetings/meeting.entity';
import { Person } from '../../people/person.entity';
import {
  anyOf,
  coordinationOnly,
  groupInContext,
  groupInPayload,
  moderatorOf,
} from '../../permissions/rules';
import { requireActiveGroup } from '../../working-groups/group-checks';
import { sendInvitations } from '../../meetings/meeting-invitations';
import { dispatchMinutes } from '../../meetings/minutes';
import { freezeAgenda, projectMeeting } from './meeting.effects';
import type { MeetingContext } from './meeting.machine';
import { meetingMachine } from './meeting.machine';
import {
  approveMinutesPayload,
  cancelPayload,
  holdPayload,
  invitePayload,
  meetingInput,
  reschedulePayload,
  type MeetingInput,
} from './meeting.schemas';

/** The coordination office, or for a working-group meeting also the group's moderator (R3). */
const organiser: PermissionRule = anyOf(coordinationOnly, moderatorOf(groupInContext));
const organiserOfNew: PermissionRule = async (ctx) =>
  ctx.payload.body === 'working-group'
    ? anyOf(coordinationOnly, moderatorOf(groupInPayload))(ctx)
    : coordinationOnly(ctx);

export const meeting: ProcessDefinition<MeetingInput> = {
  key: 'meeting',
  version: 1,
  machine: meetingMachine,
  input: meetingInput,
  labels: { de: 'Sitzung', en: 'Meeting' },
  stateLabels: {
    planned: { de: 'Geplant', en: 'Planned' },
    invited: { de: 'Eingeladen', en: 'Invited' },
    held: { de: 'Durchgeführt', en: 'Held' },
    minutesApproved: { de: 'Protokoll genehmigt', en: 'Minutes approved' },
    cancelled: { de: 'Abgesagt', en: 'Cancelled' },
  },
  commands: {
    INVITE: {
      payload: invitePayload,
      label: { de: 'Einladen', en: 'Invite' },
      permission: organiser,
    },
    RESCHEDULE: {
      payload: reschedulePayload,
      label: { de: 'Verlegen', en: 'Reschedule' },
      permission: organiser,
    },
    CANCEL: {
      payload: cancelPayload,
      label: { de: 'Absagen', en: 'Cancel' },
      permission: organiser,
      final: true,
    },
    HOLD: {
      payload: holdPayload,
      label: { de: 'Anwesenheit erfassen', en: 'Record attendance' },
      permission: organiser,
      check: async ({ em, instance, payload, now }) => {
        const context = instance?.context as unknown as MeetingContext;
        if (now.getTime() < Date.parse(context.start)) {
          return conflict('the meeting has not started yet', { start: context.start });
        }
        const attendance = payload.attendance as string[];
        const known = await em.count(Person, { id: { $in: attendance } });
        return known === attendance.length
          ? null
          : invalidField('payload.attendance', 'names a person that does not exist');
      },
    },
    APPROVE_MINUTES: {
      payload: approveMinutesPayload,
      label: { de: 'Protokoll genehmigen', en: 'Approve the minutes' },
      permission: organiser,
      final: true,
      check: async ({ em, instance }) => {
        const meeting = await em.findOne(Meeting, String(instance?.context.meetingId));
        return meeting?.minutes ? null : conflict('no minutes have been written for this meeting yet');
      },
    },
  },
  startPermission: organiserOfNew,
  startCheck: async ({ em, actor, payload }) => {
    if (payload.adopt !== undefined) {
      return actor.type === 'user' ? invalidField('input.adopt', 'is reserved for the migration') : null;
    }
    return payload.workingGroupId ? requireActiveGroup(em, String(payload.workingGroupId)) : null;
  },
  subject: (context) => ({ type: 'meeting', id: String(context.meetingId) }),
  effects: { freezeAgenda, sendInvitations, dispatchMinutes },
  project: projectMeeting,
};
