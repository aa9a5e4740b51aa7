import { conflict, invalidField, type PermissionRule, type ProcessDefinition } from '@gremium/workflow';
import { withVocabulary } from '../../shared/vocabulary';
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
import {
  meetingMachine,
  type InvitationParams,
  type MeetingContext,
  type MeetingRef,
} from './meeting.machine';
import {
  approveMinutesPayload,
  cancelPayload,
  holdPayload,
  invitePayload,
  meetingInput,
  reschedulePayload,
  type MeetingCommands,
  type MeetingInput,
} from './meeting.schemas';
import { councilCoded } from '../../errors/council-errors';

interface MeetingTypes {
  input: MeetingInput;
  context: MeetingContext;
  facts: Record<string, never>;
  commands: MeetingCommands;
  effects: { freezeAgenda: MeetingRef; sendInvitations: InvitationParams; dispatchMinutes: MeetingRef };
}

/** The coordination office, or for a working-group meeting also the group's moderator (R3). */
const organiser = anyOf(coordinationOnly, moderatorOf(groupInContext));
const organiserOfNew: PermissionRule<MeetingContext, MeetingInput> = async (ctx) =>
  ctx.payload.body === 'working-group'
    ? anyOf(coordinationOnly, moderatorOf(groupInPayload))(ctx)
    : coordinationOnly(ctx);

export const meeting: ProcessDefinition<MeetingTypes> = {
  key: 'meeting',
  version: 1,
  machine: meetingMachine,
  input: meetingInput,
  labels: { de: 'Sitzung', en: 'Meeting' },
  description: {
    de: 'Eine Sitzung eines Gremiums: planen, einladen, durchführen, Protokoll genehmigen.',
    en: 'A meeting of a body: plan, invite, hold, approve the minutes.',
  },
  startForm: 'own',
  vocabulary: withVocabulary({
    fields: {
      body: { de: 'Gremium', en: 'Body' },
      kind: { de: 'Art', en: 'Kind' },
      start: { de: 'Beginn', en: 'Start' },
      end: { de: 'Ende', en: 'End' },
      location: { de: 'Ort', en: 'Location' },
      onlineUrl: { de: 'Online-Zugang', en: 'Online access' },
      attendance: { de: 'Anwesende', en: 'Attendance' },
    },
    choices: {
      body: {
        plenary: { de: 'Vollversammlung', en: 'Plenary' },
        steering: { de: 'Steuerungsgruppe', en: 'Steering group' },
        'working-group': { de: 'Arbeitsgruppe', en: 'Working group' },
      },
      kind: {
        regular: { de: 'Regulär', en: 'Regular' },
        extraordinary: { de: 'Außerordentlich', en: 'Extraordinary' },
      },
    },
  }),
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
        const start = instance?.context.start ?? '';
        if (now.getTime() < Date.parse(start)) {
          return conflict(councilCoded('meeting.not_started', { start }), { start });
        }
        const attendance = payload.attendance;
        const known = await em.count(Person, { id: { $in: attendance } });
        return known === attendance.length
          ? null
          : invalidField('payload.attendance', councilCoded('minutes.unknown_person'));
      },
    },
    APPROVE_MINUTES: {
      payload: approveMinutesPayload,
      label: { de: 'Protokoll genehmigen', en: 'Approve the minutes' },
      permission: organiser,
      final: true,
      check: async ({ em, instance }) => {
        const meeting = await em.findOne(Meeting, instance?.context.meetingId ?? '');
        return meeting?.minutes ? null : conflict(councilCoded('minutes.missing'));
      },
    },
  },
  startPermission: organiserOfNew,
  startCheck: async ({ em, actor, payload }) => {
    if (payload.adopt !== undefined) {
      return actor.type === 'user'
        ? invalidField('input.adopt', councilCoded('meeting.adopt_reserved'))
        : null;
    }
    return payload.workingGroupId ? requireActiveGroup(em, payload.workingGroupId) : null;
  },
  subject: (context) => ({ type: 'meeting', id: context.meetingId }),
  effects: { freezeAgenda, sendInvitations, dispatchMinutes },
  project: projectMeeting,
};
