import { MachineDriver, testEvent, uncoveredEdges } from '@gremium/testing';
import { rulesOfProcedureAmendmentMachine as machine } from './rules-of-procedure-amendment.machine';

const input = { title: 'GO 2027', text: '# Geschäftsordnung\n\n§ 1 …', changes: { reviewPeriod: 'P28D' } };
const meetingId = '44444444-4444-4444-8444-444444444444';
const votes = { yes: 6, no: 1, abstain: 1 };
const start = () => new MachineDriver(machine, input, new Date('2027-03-02T10:00:00Z'));

describe('P7 rules-of-procedure-amendment', () => {
  it('walks every transition of the machine', () => {
    const samples = [
      testEvent('STEERING_DECISION', { decision: 'adopted', meetingId, votes }),
      testEvent('STEERING_DECISION', { decision: 'rejected', meetingId, votes }),
      testEvent('WITHDRAW', { reason: 'überholt' }),
    ];
    expect(uncoveredEdges(machine, testEvent('process.started', input), () => samples)).toEqual([]);
  });

  it('records the new version with its changes when the steering group adopts it', () => {
    const driver = start();
    expect(driver.send('STEERING_DECISION', { decision: 'adopted', meetingId, votes })).toBe(true);
    expect(driver.snapshot.value).toBe('adopted');
    expect(driver.effectsOf('adopt')[0].params).toEqual({
      versionId: driver.snapshot.context.versionId,
      title: 'GO 2027',
      text: input.text,
      changes: { reviewPeriod: 'P28D' },
      meetingId,
    });
  });

  it.each([
    ['rejected', 'STEERING_DECISION', { decision: 'rejected', meetingId, votes }],
    ['withdrawn', 'WITHDRAW', { reason: 'überholt' }],
  ])('ends %s without a new version, and then refuses every command', (state, type, payload) => {
    const driver = start();
    driver.send(type, payload);
    expect(driver.snapshot.value).toBe(state);
    expect(driver.effectsOf('adopt')).toEqual([]);
    expect(driver.send('STEERING_DECISION', { decision: 'adopted', meetingId, votes })).toBe(false);
    expect(driver.send('WITHDRAW', { reason: 'x' })).toBe(false);
  });
});
