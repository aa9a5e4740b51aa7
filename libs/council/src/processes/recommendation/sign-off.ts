import type { VoteCounts } from '../../shared/payload-schemas';
import { majorityThreshold } from '../../steering-group/composition';

export const VOTE_KINDS = ['approve', 'reject', 'return'] as const;
export type VoteKind = (typeof VOTE_KINDS)[number];

export interface Vote {
  personId: string;
  vote: VoteKind;
  comment: string | null;
  at: number;
  /** The voter moderates the group the recommendation comes from (R5: allowed, and shown). */
  asModerator: boolean;
}

/** Who holds a steering seat at the moment of a vote, looked up by the engine. */
export interface SteeringFacts {
  memberIds: string[];
  occupied: number;
}

/** A later vote by the same person replaces the earlier one (before the decision). */
export function withVote(votes: readonly Vote[], vote: Vote): Vote[] {
  return [...votes.filter((existing) => existing.personId !== vote.personId), vote];
}

/**
 * The kind of vote that reached the majority of the occupied seats ("more than half", R9), counting
 * only the votes of people who hold a steering seat now; null while no kind has.
 */
export function decidedKind(votes: readonly Vote[], steering: SteeringFacts): VoteKind | null {
  const members = new Set(steering.memberIds);
  const threshold = majorityThreshold(steering.occupied);
  for (const kind of VOTE_KINDS) {
    if (votes.filter((vote) => vote.vote === kind && members.has(vote.personId)).length >= threshold)
      return kind;
  }
  return null;
}

export function notVoted(votes: readonly Vote[], memberIds: readonly string[]): string[] {
  const voted = new Set(votes.map((vote) => vote.personId));
  return memberIds.filter((id) => !voted.has(id));
}

/** How the steering group decided (P4, P6): by the sign-off's majority, or at a meeting with its count. */
export interface SteeringDecision<Outcome extends string> {
  outcome: Outcome;
  at: number;
  via: 'sign-off' | 'meeting';
  meetingId: string | null;
  votes: VoteCounts | null;
  /** By sign-off: the equal votes needed and the seats occupied then (absent in decisions before they were kept). */
  threshold?: number;
  occupied?: number;
}

export const decisionBySignOff = <Outcome extends string>(
  outcome: Outcome,
  at: number,
  steering: SteeringFacts,
): SteeringDecision<Outcome> => ({
  outcome,
  at,
  via: 'sign-off',
  meetingId: null,
  votes: null,
  threshold: majorityThreshold(steering.occupied),
  occupied: steering.occupied,
});

export const decisionAtMeeting = <Outcome extends string>(
  payload: { decision: Outcome; meetingId: string; votes: VoteCounts },
  at: number,
): SteeringDecision<Outcome> => ({
  outcome: payload.decision,
  at,
  via: 'meeting',
  meetingId: payload.meetingId,
  votes: payload.votes,
});
