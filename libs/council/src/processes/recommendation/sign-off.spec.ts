import { decidedKind, notVoted, withVote, type Vote } from './sign-off';

const members = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const vote = (personId: string, kind: Vote['vote']): Vote => ({
  personId,
  vote: kind,
  comment: null,
  at: 0,
  asModerator: false,
});
const cast = (...pairs: [string, Vote['vote']][]) =>
  pairs.reduce<Vote[]>((votes, [p, k]) => withVote(votes, vote(p, k)), []);

describe('sign-off counting', () => {
  const steering = { memberIds: members, occupied: 8 };

  it('decides with the 5th approval of 8 occupied seats, not the 4th', () => {
    const four = cast(['a', 'approve'], ['b', 'approve'], ['c', 'approve'], ['d', 'approve']);
    expect(decidedKind(four, steering)).toBeNull();
    expect(decidedKind(withVote(four, vote('e', 'approve')), steering)).toBe('approve');
  });

  it('lets a later vote replace the earlier one of the same person', () => {
    const votes = cast(['a', 'approve'], ['a', 'reject']);
    expect(votes).toEqual([expect.objectContaining({ personId: 'a', vote: 'reject' })]);
  });

  it('drops the votes of people who lost their seat meanwhile', () => {
    const votes = cast(['a', 'return'], ['b', 'return'], ['c', 'return'], ['d', 'return'], ['x', 'return']);
    expect(decidedKind(votes, steering)).toBeNull();
    expect(decidedKind(votes, { memberIds: [...members, 'x'], occupied: 9 })).toBe('return');
  });

  it('uses the occupied seats: 7 occupied need 4', () => {
    expect(
      decidedKind(cast(['a', 'reject'], ['b', 'reject'], ['c', 'reject'], ['d', 'reject']), {
        memberIds: members,
        occupied: 7,
      }),
    ).toBe('reject');
  });

  it('lists who has not voted', () => {
    expect(notVoted(cast(['a', 'approve'], ['c', 'reject']), ['a', 'b', 'c'])).toEqual(['b']);
  });
});
