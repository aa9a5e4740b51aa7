/** Every process the council runs: adding one is its folder and one line here. */
export { workingGroupFounding } from './working-group-founding/working-group-founding.definition';
export { workingGroupDissolution } from './working-group-dissolution/working-group-dissolution.definition';
export { seatAppointment } from './seat-appointment/seat-appointment.definition';
export { moderatorElection } from './moderator-election/moderator-election.definition';
export {
  recommendation,
  recommendationV2,
  recommendationV3,
} from './recommendation/recommendation.definition';
export { rulesOfProcedureAmendment } from './rules-of-procedure-amendment/rules-of-procedure-amendment.definition';
export { meeting } from './meeting/meeting.definition';
export { steeringCadenceCheck } from './steering-cadence-check/steering-cadence-check.definition';
export { annualReport } from './annual-report/annual-report.definition';
