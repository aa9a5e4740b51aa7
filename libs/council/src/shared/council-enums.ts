import { MEETING_BODIES, MEETING_KINDS } from '../meetings/meeting.entity';
import { MEMBERSHIP_ROLES } from '../memberships/membership.entity';
import { ORGANIZATION_KINDS } from '../organizations/organization.entity';
import { RECOMMENDATION_STATES } from '../processes/recommendation/recommendation.entity';
import { ADDRESSEES } from '../processes/recommendation/recommendation.schemas';
import { APPOINTED_SEATS, APPOINTMENT_STATUSES } from '../processes/seat-appointment/appointment.entity';

/** The values the council's records take, in the order the dashboard offers them (`GET /api/vocabulary`). */
export const councilEnums = {
  organizationKinds: ORGANIZATION_KINDS,
  appointedSeats: APPOINTED_SEATS,
  appointmentStatuses: APPOINTMENT_STATUSES,
  recommendationStates: RECOMMENDATION_STATES,
  addressees: ADDRESSEES,
  membershipRoles: MEMBERSHIP_ROLES,
  meetingBodies: MEETING_BODIES,
  meetingKinds: MEETING_KINDS,
};

export type CouncilEnums = typeof councilEnums;
