import { buildEvent } from '@gremium/workflow';
import { MachineDriver, testEvent, uncoveredEdges } from '@gremium/testing';
import { annualReportMachine } from './annual-report.machine';

const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];
const START = new Date('2027-01-15T00:00:00+01:00');
const figuresOf = (label: string) => ({ year: 2026, compiledAt: label });
let compiled = 'first';
const facts = (type: string) => ({
  ...(['process.started', 'RECOMPILE', 'SUBMIT_FOR_APPROVAL'].includes(type)
    ? { figures: figuresOf(compiled) }
    : {}),
  steering: { memberIds: members, occupied: 8 },
});

function driver() {
  compiled = 'first';
  return new MachineDriver(annualReportMachine, { year: 2026 }, START, facts);
}

function vote(d: MachineDriver, personId: string, kind: string): boolean {
  return d.sendEvent(
    buildEvent(
      'SIGN_OFF',
      { vote: kind },
      { type: 'user', userId: `u-${personId}`, personId, roles: [] },
      new Date(d.now),
      facts('SIGN_OFF'),
    ),
  );
}

describe('P6 annual report', () => {
  it('walks every transition of the machine', () => {
    const steering = { memberIds: members, occupied: 8 };
    const samples = [
      testEvent('RECOMPILE', {}, START, { figures: figuresOf('again'), steering }),
      testEvent('EDIT_NARRATIVE', { sections: { introduction: 'Ein Jahr' } }, START, { steering }),
      testEvent('SUBMIT_FOR_APPROVAL', {}, START, { figures: figuresOf('x'), steering }),
      testEvent(
        'STEERING_DECISION',
        { decision: 'approved', meetingId: 'x', votes: { yes: 5, no: 0, abstain: 0 } },
        START,
        { steering },
      ),
      testEvent(
        'STEERING_DECISION',
        { decision: 'returned', meetingId: 'x', votes: { yes: 1, no: 4, abstain: 0 } },
        START,
        { steering },
      ),
      testEvent('SUBMIT_TO_COUNCIL', { date: '2027-03-01', reference: 'VIII/2027/1' }, START, { steering }),
    ];
    const uncovered = uncoveredEdges(
      annualReportMachine,
      testEvent('process.started', { year: 2026 }, START, { figures: figuresOf('first') }),
      () => samples,
      ({ value, context }) => [value, context.round > 0, context.narrative, context.figures],
    );
    // Votes by distinct members are walked by the scenarios below.
    expect(uncovered.filter((edge) => edge.event !== 'SIGN_OFF')).toEqual([]);
  });

  it('compiles at the start, edits the narrative section by section and recompiles while drafting', () => {
    const d = driver();
    expect(d.snapshot.context).toMatchObject({ year: 2026, figures: { compiledAt: 'first' }, narrative: {} });
    d.send('EDIT_NARRATIVE', { sections: { introduction: 'Einleitung', outlook: 'Ausblick' } });
    d.send('EDIT_NARRATIVE', { sections: { outlook: 'Neuer Ausblick' } });
    expect(d.snapshot.context.narrative).toEqual({ introduction: 'Einleitung', outlook: 'Neuer Ausblick' });
    compiled = 'second';
    d.send('RECOMPILE');
    expect(d.snapshot.context.figures).toEqual(figuresOf('second'));
  });

  it('is approved by the 5th approval of 8 occupied seats, which freezes the figures', () => {
    const d = driver();
    d.send('SUBMIT_FOR_APPROVAL');
    expect(d.snapshot.value).toBe('inReview');
    expect(d.snapshot.context.pendingVoters).toEqual(members);
    for (const member of ['m1', 'm2', 'm3', 'm4']) expect(vote(d, member, 'approve')).toBe(true);
    expect(d.snapshot.value).toBe('inReview');
    expect(vote(d, 'm5', 'approve')).toBe(true);
    expect(d.snapshot.value).toBe('approved');
    expect(d.snapshot.context.approvedAt).toBe(d.now);
    expect(d.snapshot.context.decision).toMatchObject({ outcome: 'approved', via: 'sign-off' });
    compiled = 'later';
    expect(d.send('RECOMPILE')).toBe(false);
    expect(d.send('EDIT_NARRATIVE', { sections: { introduction: 'zu spät' } })).toBe(false);
    expect(d.snapshot.context.figures).toEqual(figuresOf('first'));
    expect(d.send('SUBMIT_TO_COUNCIL', { date: '2027-03-01' })).toBe(true);
    expect(d.snapshot.value).toBe('submitted');
    expect(d.snapshot.context.submission).toEqual({ date: '2027-03-01', reference: null });
  });

  it('goes back to drafting when the majority returns it; a new round starts with no votes', () => {
    const d = driver();
    d.send('SUBMIT_FOR_APPROVAL');
    vote(d, 'm1', 'approve');
    vote(d, 'm1', 'return');
    for (const member of ['m2', 'm3', 'm4', 'm5']) vote(d, member, 'return');
    expect(d.snapshot.value).toBe('drafting');
    expect(d.snapshot.context.decision).toMatchObject({ outcome: 'returned' });
    d.send('SUBMIT_FOR_APPROVAL');
    expect(d.snapshot.context).toMatchObject({ round: 2, votes: [] });
  });
});
