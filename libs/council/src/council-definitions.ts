import type { AnyProcessDefinition } from '@gremium/workflow';
import { moderatorElection } from './processes/moderator-election/moderator-election.definition';
import { recommendation, recommendationV2 } from './processes/recommendation/recommendation.definition';
import { seatAppointment } from './processes/seat-appointment/seat-appointment.definition';
import { workingGroupDissolution } from './processes/working-group-dissolution/working-group-dissolution.definition';
import { workingGroupFounding } from './processes/working-group-founding/working-group-founding.definition';

/** Every process the council runs on the engine: adding one is its folder and one line here. */
export const councilDefinitions: readonly AnyProcessDefinition[] = [
  workingGroupFounding,
  workingGroupDissolution,
  seatAppointment,
  moderatorElection,
  recommendation,
  recommendationV2,
];
