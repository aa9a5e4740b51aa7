import { buildEvent } from '@gremium/workflow';
import { MachineDriver, testEvent, uncoveredEdges } from '@gremium/testing';
import { recommendationMachine } from './recommendation.machine';

const members = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8'];
const DAY = 86_400_000;
const facts = {
  steering: { memberIds: members, occupied: 8 },
  moderatorId: 'm2',
  reviewPeriodMs: 42 * DAY,
  answerPeriodMs: 56 * DAY,
};
const input = {
  workingGroupId: '33333333-3333-4333-8333-333333333333',
  title: 'Schulwege sicherer machen',
  text: 'Die AG empfiehlt …',
  addressees: ['administration'],
};
const START = new Date('2026-03-02T09:00:00Z');

function driver(addressees = ['administration']) {
  return new MachineDriver(recommendationMachine, { ...input, addressees }, START, () => facts);
}

/** A vote as the engine builds it: the actor is the voting person. */
function vote(d: MachineDriver, personId: string, kind: string): boolean {
  const event = buildEvent(
    'SIGN_OFF',
    { vote: kind },
    { type: 'user', userId: `u-${personId}`, personId, roles: [] },
    new Date(d.now),
    facts,
  );
  return d.sendEvent(event);
}

describe('P4 recommendation', () => {
  it('walks every transition of the machine', () => {
    const samples = [
      testEvent('EDIT', { title: 'T', text: 'X', addressees: ['administration', 'council'] }, START, facts),
      testEvent('SUBMIT', {}, START, facts),
      testEvent('SIGN_OFF', { vote: 'approve' }, START, facts),
      testEvent(
        'STEERING_DECISION',
        { decision: 'endorsed', meetingId: 'x', votes: { yes: 6, no: 1, abstain: 1 } },
        START,
        facts,
      ),
      testEvent(
        'STEERING_DECISION',
        { decision: 'rejected', meetingId: 'x', votes: { yes: 1, no: 6, abstain: 1 } },
        START,
        facts,
      ),
      testEvent(
        'STEERING_DECISION',
        { decision: 'returned', meetingId: 'x', votes: { yes: 1, no: 1, abstain: 6 } },
        START,
        facts,
      ),
      testEvent(
        'FORWARD',
        { addressee: 'administration', reference: 'V/2026/1', date: '2026-04-01' },
        START,
        facts,
      ),
      testEvent('ESCALATE_TO_COUNCIL', { note: 'keine Antwort' }, START, facts),
      testEvent(
        'RECORD_ANSWER',
        { addressee: 'administration', summary: 'wird geprüft', date: '2026-05-01' },
        START,
        facts,
      ),
      testEvent(
        'RECORD_ANSWER',
        { addressee: 'council', summary: 'beschlossen', date: '2026-06-01' },
        START,
        facts,
      ),
      testEvent('CLOSE', {}, START, facts),
      testEvent('GROUP_DISSOLVED', {}, START, facts),
    ];
    const uncovered = uncoveredEdges(
      recommendationMachine,
      testEvent('process.started', input, START, facts),
      () => samples,
      ({ value, context }) => [
        value,
        context.addressees,
        context.toForward,
        context.unanswered,
        context.round > 0,
      ],
    );
    // Votes by distinct members and the timers are walked by the scenarios below.
    expect(
      uncovered.filter((edge) => edge.event !== 'SIGN_OFF' && !edge.event.startsWith('xstate.after')),
    ).toEqual([]);
  });

  it('is endorsed by the 5th approval of 8 occupied seats, not the 4th; a later vote is refused', () => {
    const d = driver();
    d.send('SUBMIT');
    expect(d.snapshot.context.pendingVoters).toEqual(members);
    for (const member of ['m1', 'm2', 'm3', 'm4']) expect(vote(d, member, 'approve')).toBe(true);
    expect(d.snapshot.value).toEqual({ inReview: 'open' });
    expect(d.snapshot.context.pendingVoters).toEqual(['m5', 'm6', 'm7', 'm8']);
    expect(d.snapshot.context.votes.find((v: { personId: string }) => v.personId === 'm2').asModerator).toBe(
      true,
    );
    expect(vote(d, 'm5', 'approve')).toBe(true);
    expect(d.snapshot.value).toBe('endorsed');
    expect(d.snapshot.context.decision).toMatchObject({ outcome: 'endorsed', via: 'sign-off' });
    expect(vote(d, 'm6', 'approve')).toBe(false);
  });

  it('returns a draft for a fresh round with no votes', () => {
    const d = driver();
    d.send('SUBMIT');
    for (const member of ['m1', 'm2', 'm3', 'm4', 'm5']) vote(d, member, 'return');
    expect(d.snapshot.value).toBe('returned');
    expect(
      d.send('EDIT', { title: 'Neu', text: 'Überarbeitet', addressees: ['administration', 'council'] }),
    ).toBe(true);
    d.send('SUBMIT');
    expect(d.snapshot.context).toMatchObject({ round: 2, votes: [], title: 'Neu' });
  });

  it('escalates every review period until a decision, then stops', () => {
    const d = driver();
    d.send('SUBMIT');
    d.advanceTo(START.getTime() + 42 * DAY);
    expect(d.snapshot.context).toMatchObject({ escalated: true, escalations: 1 });
    d.advanceTo(START.getTime() + 84 * DAY);
    expect(d.effectsOf('notifyEscalation')).toHaveLength(2);
    d.send('STEERING_DECISION', {
      decision: 'endorsed',
      meetingId: 'x',
      votes: { yes: 6, no: 1, abstain: 1 },
    });
    d.advanceTo(START.getTime() + 400 * DAY);
    expect(d.effectsOf('notifyEscalation')).toHaveLength(2);
  });

  it('is forwarded once every addressee has a forward, answered once every one answered, then closed', () => {
    const d = driver(['administration', 'council']);
    d.send('SUBMIT');
    d.send('STEERING_DECISION', {
      decision: 'endorsed',
      meetingId: 'x',
      votes: { yes: 6, no: 1, abstain: 1 },
    });
    expect(d.send('FORWARD', { addressee: 'administration', reference: 'V/1', date: '2026-04-01' })).toBe(
      true,
    );
    expect(d.send('FORWARD', { addressee: 'administration', reference: 'V/1', date: '2026-04-01' })).toBe(
      false,
    );
    expect(d.snapshot.value).toBe('endorsed');
    d.send('FORWARD', { addressee: 'council', reference: 'DS VIII/2026/0815', date: '2026-04-02' });
    expect(d.snapshot.value).toEqual({ forwarded: 'waiting' });
    d.advanceTo(START.getTime() + 60 * DAY);
    expect(d.effectsOf('remindAnswers')[0].params.addressees).toEqual(['administration', 'council']);
    d.send('RECORD_ANSWER', { addressee: 'council', summary: 'Stadtrat stimmt zu', date: '2026-05-01' });
    d.send('RECORD_ANSWER', { addressee: 'administration', summary: 'Umsetzung 2027', date: '2026-05-02' });
    expect(d.snapshot.value).toBe('answered');
    d.send('CLOSE');
    expect(d.snapshot.value).toBe('closed');
  });

  it('adds the council when an unanswered recommendation is escalated to it', () => {
    const d = driver(['administration']);
    d.send('SUBMIT');
    d.send('STEERING_DECISION', {
      decision: 'endorsed',
      meetingId: 'x',
      votes: { yes: 6, no: 1, abstain: 1 },
    });
    d.send('FORWARD', { addressee: 'administration', reference: 'V/1', date: '2026-04-01' });
    expect(d.send('ESCALATE_TO_COUNCIL', { note: 'seit acht Wochen keine Antwort' })).toBe(true);
    expect(d.snapshot.context.addressees).toEqual(['administration', 'council']);
    expect(d.send('ESCALATE_TO_COUNCIL', { note: 'nochmal' })).toBe(false);
    d.send('RECORD_ANSWER', { addressee: 'administration', summary: 'nein', date: '2026-05-02' });
    expect(d.snapshot.value).toEqual({ forwarded: 'waiting' });
    d.send('RECORD_ANSWER', {
      addressee: 'council',
      summary: 'Stadtrat beauftragt Verwaltung',
      date: '2026-06-02',
    });
    expect(d.snapshot.value).toBe('answered');
  });

  it('closes drafts and reviews when the group is dissolved', () => {
    const d = driver();
    d.send('SUBMIT');
    d.send('GROUP_DISSOLVED');
    expect(d.snapshot.value).toBe('closed');
    expect(d.snapshot.context.closedReason).toBe('group-dissolved');
  });

  it('refuses edits outside draft and returned', () => {
    const d = driver();
    d.send('SUBMIT');
    expect(d.send('EDIT', { title: 'x', text: 'y', addressees: ['council'] })).toBe(false);
    expect(d.send('SUBMIT')).toBe(false);
    expect(d.send('FORWARD', { addressee: 'administration', reference: 'V/1', date: '2026-04-01' })).toBe(
      false,
    );
  });
});
