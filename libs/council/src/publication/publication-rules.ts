import type { MeetingState } from '../meetings/meeting.entity';
import type { RecommendationState } from '../processes/recommendation/recommendation.entity';

/** Whether an item's state makes it public, and whether it made it public once and no longer does. */
export interface Due {
  due: boolean;
  retracted: boolean;
}

/**
 * What the open council data (OParl and the public page) does with a meeting or a recommendation: leave it
 * out (never public), show it, or list it as deleted (public once: withheld since, or retracted).
 */
export type Listing = 'unlisted' | 'shown' | 'deleted';

/** A meeting's agenda is public from the invitation on (a cancelled meeting stays, marked cancelled). */
export function meetingDue(meeting: { state: MeetingState; invitedAt: Date | null }): Due {
  return { due: meeting.state !== 'planned' && meeting.invitedAt !== null, retracted: false };
}

/** States of a recommendation that the steering group endorsed and that still stands. */
export const PUBLIC_RECOMMENDATION_STATES: readonly RecommendationState[] = [
  'endorsed',
  'forwarded',
  'answered',
  'closed',
];

/**
 * A recommendation is public from the steering group's endorsement on; withdrawn or cancelled after the
 * endorsement, it is retracted.
 */
export function recommendationDue(recommendation: {
  state: RecommendationState;
  decision: { outcome: string } | null;
}): Due {
  const stands = PUBLIC_RECOMMENDATION_STATES.includes(recommendation.state);
  return { due: stands, retracted: !stands && recommendation.decision?.outcome === 'endorsed' };
}

/** The one rule of the open data, of the publication the dashboard shows, and of OParl's deleted objects. */
export function publicListing(
  { due, retracted }: Due,
  withholding: { withheld: boolean } | null | undefined,
): Listing {
  if (due) return withholding?.withheld ? 'deleted' : 'shown';
  return retracted ? 'deleted' : 'unlisted';
}
