import type { AnyProcessDefinition } from '@gremium/workflow';
import { meeting } from './processes/meeting/meeting.definition';
import { moderatorElection } from './moderator-election/moderator-election.machine';
import { recommendation } from './recommendation/recommendation.definition';
import { seatAppointment } from './seat-appointment/seat-appointment.definition';
import { workingGroupDissolution } from './working-group-dissolution/working-group-dissolution.machine';
import { workingGroupFounding } from './working-group-founding/working-group-founding.machine';

/** Every process the council runs on the engine. */
export const councilDefinitions = [
  workingGroupFounding,
  workingGroupDissolution,
  seatAppointment,
  moderatorElection,
  recommendation,
  meeting,
] as unknown as readonly AnyProcessDefinition[];
