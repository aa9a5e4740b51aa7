import { MachineDriver, uncoveredEdges, testEvent } from '@gremium/testing';
import { notificationDigestMachine } from './notification-digest.machine';

describe('the daily digest', () => {
  it('has no transitions: it sends on start and is done', () => {
    expect(
      uncoveredEdges(
        notificationDigestMachine,
        testEvent('process.started', { date: '2027-02-18' }),
        () => [],
      ),
    ).toEqual([]);
  });

  it('sends the digests of its day once, on start, and accepts no command', () => {
    const driver = new MachineDriver(
      notificationDigestMachine,
      { date: '2027-02-18' },
      new Date('2027-02-18T06:00:00Z'),
    );
    expect(driver.snapshot.status).toBe('done');
    expect(driver.effectsOf('sendDigests').map((effect) => effect.params)).toEqual([{ date: '2027-02-18' }]);
    expect(driver.pendingTimers()).toEqual([]);
    expect(driver.send('SEND_AGAIN')).toBe(false);
  });
});
