import { MachineDriver, testEvent, uncoveredEdges } from '@gremium/testing';
import { moderatorElectionMachine } from './moderator-election.machine';

const input = { workingGroupId: '33333333-3333-4333-8333-333333333333' };
const personId = '11111111-1111-4111-8111-111111111111';
const start = () => new MachineDriver(moderatorElectionMachine, input, new Date('2026-03-02T10:00:00Z'));

describe('P5 moderator-election', () => {
  it('walks every transition of the machine', () => {
    const samples = [
      testEvent('ELECT', { personId }),
      testEvent('CANCEL', { reason: 'neue Wahl im Herbst' }),
      testEvent('GROUP_DISSOLVED', { workingGroupId: input.workingGroupId }),
    ];
    expect(
      uncoveredEdges(moderatorElectionMachine, testEvent('process.started', input), () => samples),
    ).toEqual([]);
  });

  it('elects a moderator from today on', () => {
    const driver = start();
    expect(driver.send('ELECT', { personId })).toBe(true);
    expect(driver.snapshot.value).toBe('elected');
    expect(driver.effectsOf('electModerator')[0].params).toEqual({ ...input, personId, since: '2026-03-02' });
  });

  it('is cancelled when the group is dissolved, keeping the reason', () => {
    const driver = start();
    driver.send('GROUP_DISSOLVED', input);
    expect(driver.snapshot.value).toBe('cancelled');
    expect(driver.snapshot.context.closedReason).toBe('group-dissolved');
  });

  it.each(['elected', 'cancelled'])('refuses every command once %s', (final) => {
    const driver = start();
    driver.send(final === 'elected' ? 'ELECT' : 'CANCEL', { personId, reason: 'x' });
    for (const type of ['ELECT', 'CANCEL', 'GROUP_DISSOLVED'])
      expect(driver.send(type, { personId, reason: 'x' })).toBe(false);
  });
});
