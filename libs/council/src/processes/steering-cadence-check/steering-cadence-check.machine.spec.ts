import { MachineDriver, testEvent, uncoveredEdges } from '@gremium/testing';
import { quarterCheckDay } from '../../meetings/cadence';
import { cadenceCheckMachine } from './steering-cadence-check.machine';

describe('P8 cadence: the quarterly steering check', () => {
  it('walks every transition of the machine (its only one is the timer, walked below)', () => {
    const uncovered = uncoveredEdges(
      cadenceCheckMachine,
      testEvent('process.started', { year: 2027, quarter: 1 }),
      () => [],
    );
    expect(uncovered.map((edge) => edge.event)).toEqual([
      'xstate.after.checkAt.steering-cadence-check.waiting',
    ]);
  });

  it.each([
    [1, '2027-02-18', '2027-02-17T23:00:00.000Z'],
    [2, '2027-05-20', '2027-05-19T22:00:00.000Z'],
    [3, '2027-08-20', '2027-08-19T22:00:00.000Z'],
    [4, '2027-11-20', '2027-11-19T23:00:00.000Z'],
  ])('checks quarter %i six weeks before it ends: %s, 00:00 Berlin time', (quarter, day, instant) => {
    expect(quarterCheckDay(2027, quarter)).toBe(day);
    const driver = new MachineDriver(
      cadenceCheckMachine,
      { year: 2027, quarter },
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(driver.pendingTimers().map((timer) => new Date(timer.dueAt).toISOString())).toEqual([instant]);
    driver.advanceTo(new Date(Date.parse(instant) - 1));
    expect(driver.snapshot.value).toBe('waiting');
    driver.advanceTo(new Date(instant));
    expect(driver.snapshot.value).toBe('checked');
    expect(driver.effectsOf('checkQuarter')).toHaveLength(1);
  });
});
