import { MachineDriver, machineEdges, testEvent, uncoveredEdges } from '@gremium/testing';
import { recommendationMachine, recommendationMachineV2 } from './recommendation.machine';

const DAY = 86_400_000;
const facts = {
  steering: { memberIds: ['m1', 'm2', 'm3'], occupied: 3 },
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
const driver = () => new MachineDriver(recommendationMachineV2, input, START, () => facts);

describe('P4 recommendation, version 2: withdrawal', () => {
  it('withdraws a draft for good, recording the reason', () => {
    const d = driver();
    expect(d.send('WITHDRAW', { reason: 'Hat sich erledigt' })).toBe(true);
    expect(d.snapshot.value).toBe('withdrawn');
    expect(d.snapshot.status).toBe('done');
    expect(d.snapshot.context).toMatchObject({
      closedReason: 'withdrawn',
      withdrawal: { reason: 'Hat sich erledigt', at: START.getTime() },
    });
  });

  it('withdraws a returned recommendation, but not one in review', () => {
    const d = driver();
    d.send('SUBMIT');
    expect(d.send('WITHDRAW', { reason: 'x' })).toBe(false);
    d.send('STEERING_DECISION', {
      decision: 'returned',
      meetingId: 'm',
      votes: { yes: 0, no: 1, abstain: 2 },
    });
    expect(d.snapshot.value).toBe('returned');
    expect(d.send('WITHDRAW', { reason: 'Neu gefasst' })).toBe(true);
    expect(d.snapshot.value).toBe('withdrawn');
  });

  it('adds exactly the withdrawal edges to version 1', () => {
    const samples = () => [
      testEvent('WITHDRAW', { reason: 'x' }, START, facts),
      testEvent('SUBMIT', {}, START, facts),
      testEvent(
        'STEERING_DECISION',
        { decision: 'returned', meetingId: 'x', votes: { yes: 1, no: 1, abstain: 1 } },
        START,
        facts,
      ),
    ];
    const start = testEvent('process.started', input, START, facts);
    const edges = (machine: typeof recommendationMachine) =>
      machineEdges(machine).map((edge) => `${edge.source} ${edge.event} ${edge.targets.join(',')}`);
    const added = edges(recommendationMachineV2).filter(
      (edge) => !edges(recommendationMachine).includes(edge),
    );
    expect(added.sort()).toEqual([
      'recommendation.draft WITHDRAW recommendation.withdrawn',
      'recommendation.returned WITHDRAW recommendation.withdrawn',
    ]);
    expect(
      uncoveredEdges(recommendationMachineV2, start, samples, ({ value }) => [value]).filter(
        (edge) => edge.event === 'WITHDRAW',
      ),
    ).toEqual([]);
  });
});
