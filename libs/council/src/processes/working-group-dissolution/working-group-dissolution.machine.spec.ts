import { MachineDriver, testEvent, uncoveredEdges } from '@gremium/testing';
import { workingGroupDissolutionMachine } from './working-group-dissolution.machine';

const input = { workingGroupId: '33333333-3333-4333-8333-333333333333', reason: 'Thema erledigt' };
const start = () =>
  new MachineDriver(workingGroupDissolutionMachine, input, new Date('2026-03-02T10:00:00Z'));

describe('P2 working-group-dissolution', () => {
  it('walks every transition of the machine', () => {
    const samples = [
      testEvent('STEERING_DECISION', { decision: 'granted' }),
      testEvent('STEERING_DECISION', { decision: 'refused' }),
      testEvent('PLENARY_DECISION', { decision: 'adopted' }),
      testEvent('PLENARY_DECISION', { decision: 'rejected' }),
      testEvent('WITHDRAW', { reason: 'doch weiter' }),
    ];
    expect(
      uncoveredEdges(workingGroupDissolutionMachine, testEvent('process.started', input), () => samples),
    ).toEqual([]);
  });

  it('dissolves the group once both bodies consent, in either order', () => {
    for (const order of [
      ['STEERING_DECISION', 'PLENARY_DECISION'],
      ['PLENARY_DECISION', 'STEERING_DECISION'],
    ]) {
      const driver = start();
      for (const type of order)
        driver.send(type, { decision: type === 'STEERING_DECISION' ? 'granted' : 'adopted' });
      expect(driver.snapshot.value).toBe('dissolved');
      expect(driver.effectsOf('applyOutcome')[0].params).toEqual({
        workingGroupId: input.workingGroupId,
        dissolvedAt: '2026-03-02',
      });
    }
  });

  it('refuses a second steering decision and anything after the end', () => {
    const driver = start();
    driver.send('STEERING_DECISION', { decision: 'granted' });
    expect(driver.send('STEERING_DECISION', { decision: 'refused' })).toBe(false);
    driver.send('PLENARY_DECISION', { decision: 'rejected' });
    expect(driver.snapshot.value).toBe('rejected');
    expect(driver.send('WITHDRAW', { reason: 'x' })).toBe(false);
  });
});
