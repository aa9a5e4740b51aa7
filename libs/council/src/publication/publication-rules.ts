import type { MeetingState } from '../meetings/meeting.entity';
import type { RecommendationState } from '../processes/recommendation/recommendation.entity';

/** A meeting's agenda is public from the invitation on (a cancelled meeting stays, marked cancelled). */
export function meetingPublished(meeting: { state: MeetingState; invitedAt: Date | null }): boolean {
  return meeting.state !== 'planned' && meeting.invitedAt !== null;
}

/** States of a recommendation that the steering group endorsed and that still stands. */
export const PUBLIC_RECOMMENDATION_STATES: readonly RecommendationState[] = [
  'endorsed',
  'forwarded',
  'answered',
  'closed',
];

/** A recommendation is public from the steering group's endorsement on. */
export function recommendationPublished(recommendation: {
  state: RecommendationState;
  decision: { outcome: string } | null;
}): boolean {
  return (
    PUBLIC_RECOMMENDATION_STATES.includes(recommendation.state) ||
    recommendation.decision?.outcome === 'endorsed'
  );
}

/** Published once but no longer shown: withdrawn or cancelled after the endorsement. */
export function recommendationRetracted(recommendation: { state: RecommendationState }): boolean {
  return !PUBLIC_RECOMMENDATION_STATES.includes(recommendation.state);
}
