import { describe, expect, it } from '@jest/globals';
import { meetingDue, publicListing, recommendationDue } from './publication-rules';

const withheld = { withheld: true };
const released = { withheld: false };
const endorsed = { outcome: 'endorsed' };

describe('publicListing', () => {
  it('shows a recommendation from its endorsement on, and lists it as deleted once withheld', () => {
    for (const state of ['endorsed', 'forwarded', 'answered', 'closed'] as const) {
      expect(publicListing(recommendationDue({ state, decision: endorsed }), null)).toBe('shown');
      expect(publicListing(recommendationDue({ state, decision: endorsed }), released)).toBe('shown');
      expect(publicListing(recommendationDue({ state, decision: endorsed }), withheld)).toBe('deleted');
    }
  });

  it('lists a recommendation cancelled or withdrawn after its endorsement as deleted, never as shown', () => {
    for (const state of ['cancelled', 'withdrawn'] as const) {
      const due = recommendationDue({ state, decision: endorsed });
      expect(due).toEqual({ due: false, retracted: true });
      expect(publicListing(due, null)).toBe('deleted');
      expect(publicListing(due, released)).toBe('deleted');
    }
  });

  it('leaves out a recommendation that was never endorsed, withheld ahead or not', () => {
    for (const state of ['draft', 'inReview', 'returned', 'rejected', 'cancelled', 'withdrawn'] as const) {
      const due = recommendationDue({
        state,
        decision: state === 'rejected' ? { outcome: 'rejected' } : null,
      });
      expect(due).toEqual({ due: false, retracted: false });
      expect(publicListing(due, null)).toBe('unlisted');
      expect(publicListing(due, withheld)).toBe('unlisted');
    }
  });

  it('shows a meeting from its invitation on, cancelled afterwards too; a planned one not at all', () => {
    const invitedAt = new Date('2026-03-01T10:00:00Z');
    for (const state of ['invited', 'held', 'minutesApproved', 'cancelled'] as const) {
      expect(publicListing(meetingDue({ state, invitedAt }), null)).toBe('shown');
      expect(publicListing(meetingDue({ state, invitedAt }), withheld)).toBe('deleted');
    }
    expect(publicListing(meetingDue({ state: 'planned', invitedAt: null }), null)).toBe('unlisted');
    expect(publicListing(meetingDue({ state: 'cancelled', invitedAt: null }), null)).toBe('unlisted');
  });
});
