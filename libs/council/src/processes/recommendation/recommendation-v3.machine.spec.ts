import { MachineDriver } from '@gremium/testing';
import { recommendationMachineV3 } from './recommendation.machine';

const DAY = 86_400_000;
const facts = {
  steering: { memberIds: ['m1', 'm2', 'm3'], occupied: 3 },
  moderatorId: null,
  reviewPeriodMs: 42 * DAY,
  answerPeriodMs: 56 * DAY,
};
const input = {
  title: 'Mobbing an Schulen vorbeugen',
  text: 'Die Steuerungsgruppe empfiehlt …',
  addressees: ['administration', 'council'],
  tags: ['Mobbing'],
};
const START = new Date('2026-03-02T09:00:00Z');

function forwarded() {
  const d = new MachineDriver(recommendationMachineV3, input, START, () => facts);
  d.send('SUBMIT');
  d.send('STEERING_DECISION', { decision: 'endorsed', meetingId: 'x', votes: { yes: 3, no: 0, abstain: 0 } });
  d.send('FORWARD', { addressee: 'administration', reference: 'V/1', date: '2026-04-01' });
  d.send('FORWARD', {
    addressee: 'council',
    reference: 'DS VIII/2026/0815',
    date: '2026-04-02',
    answerDueOn: '2026-04-30',
  });
  return d;
}

describe('P4 recommendation, version 3: the steering group’s own, due dates and documents of answers', () => {
  it('runs without a working group', () => {
    const d = new MachineDriver(recommendationMachineV3, input, START, () => facts);
    expect(d.snapshot.context.workingGroupId).toBeNull();
    expect(d.send('EDIT', { ...input, text: 'Neu gefasst' })).toBe(true);
    expect(d.send('SUBMIT')).toBe(true);
    expect(d.snapshot.value).toEqual({ inReview: 'open' });
  });

  it('dates each answer: the office’s day, or the forwarding date plus the answer period', () => {
    const d = forwarded();
    expect(d.snapshot.context.forwards).toEqual([
      {
        addressee: 'administration',
        reference: 'V/1',
        date: '2026-04-01',
        dueOn: '2026-05-27',
        remindedAt: null,
      },
      {
        addressee: 'council',
        reference: 'DS VIII/2026/0815',
        date: '2026-04-02',
        dueOn: '2026-04-30',
        remindedAt: null,
      },
    ]);
    // One timer: 00:00 Berlin after the earliest due date.
    expect(d.pendingTimers().map((t) => new Date(t.dueAt).toISOString())).toEqual([
      '2026-04-30T22:00:00.000Z',
    ]);
  });

  it('reminds once per overdue answer, earliest first, and stops timing when all were reminded', () => {
    const d = forwarded();
    d.advanceTo(new Date('2026-05-01T00:00:00Z'));
    expect(d.effectsOf('remindOverdue').map((e) => e.params.overdue)).toEqual([
      [{ addressee: 'council', dueOn: '2026-04-30' }],
    ]);
    d.advanceTo(new Date('2026-12-31T00:00:00Z'));
    expect(d.effectsOf('remindOverdue').map((e) => e.params.overdue)).toEqual([
      [{ addressee: 'council', dueOn: '2026-04-30' }],
      [{ addressee: 'administration', dueOn: '2026-05-27' }],
    ]);
    expect(d.snapshot.value).toEqual({ forwarded: 'settled' });
    expect(d.pendingTimers()).toEqual([]);
  });

  it('does not remind of an answer that came in time, and keeps the answer’s document', () => {
    const d = forwarded();
    d.send('RECORD_ANSWER', {
      addressee: 'council',
      summary: 'Der Stadtrat stimmt zu',
      date: '2026-04-20',
      fileId: '44444444-4444-4444-8444-444444444444',
    });
    d.advanceTo(new Date('2026-12-31T00:00:00Z'));
    expect(d.effectsOf('remindOverdue').map((e) => e.params.overdue)).toEqual([
      [{ addressee: 'administration', dueOn: '2026-05-27' }],
    ]);
    expect(d.snapshot.context.answers[0]).toMatchObject({ fileId: '44444444-4444-4444-8444-444444444444' });
  });

  it('gives the council an answer period of its own when the recommendation is escalated to it', () => {
    const d = new MachineDriver(
      recommendationMachineV3,
      { ...input, addressees: ['administration'] },
      START,
      () => facts,
    );
    d.send('SUBMIT');
    d.send('STEERING_DECISION', {
      decision: 'endorsed',
      meetingId: 'x',
      votes: { yes: 3, no: 0, abstain: 0 },
    });
    d.send('FORWARD', { addressee: 'administration', reference: 'V/1', date: '2026-03-02' });
    d.advanceTo(new Date('2026-06-01T00:00:00Z'));
    expect(d.snapshot.value).toEqual({ forwarded: 'settled' });
    expect(d.send('ESCALATE_TO_COUNCIL', { note: 'Keine Antwort' })).toBe(true);
    expect(d.snapshot.context.forwards[1]).toMatchObject({
      addressee: 'council',
      date: '2026-06-01',
      dueOn: '2026-07-27',
    });
    expect(d.snapshot.value).toEqual({ forwarded: 'waiting' });
    expect(d.pendingTimers()).toHaveLength(1);
  });
});
