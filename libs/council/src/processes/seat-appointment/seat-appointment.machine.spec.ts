import { MachineDriver, testEvent, uncoveredEdges } from '@gremium/testing';
import { offeredEventTypes } from '@gremium/workflow';
import { seatAppointmentMachine } from './seat-appointment.machine';
import { appointmentStatus } from './appointment-status';

const LEAD = [180, 90, 30, 7];
const person = {
  personId: '11111111-1111-4111-8111-111111111111',
  organizationId: '22222222-2222-4222-8222-222222222222',
};
const facts = (successor: boolean) => (type: string) =>
  type.startsWith('xstate.after.termEnd') ? { successorReady: successor } : { termAlertLeadDays: LEAD };

function appointed(termStart: string, now: string, successor = false) {
  const driver = new MachineDriver(
    seatAppointmentMachine,
    { seat: 'police', ...person },
    new Date(now),
    facts(successor),
  );
  expect(driver.send('PLENARY_DECISION', { decision: 'appointed', termStart })).toBe(true);
  return driver;
}

const status = (driver: MachineDriver) => appointmentStatus(driver.snapshot.value);

describe('P3 seat-appointment', () => {
  it('walks every transition of the machine', () => {
    const start = testEvent('process.started', { seat: 'police' }, new Date('2026-01-10T09:00:00Z'), {
      termAlertLeadDays: LEAD,
    });
    const samples = [
      testEvent('NOMINATE', person),
      testEvent('PLENARY_DECISION', { decision: 'rejected' }),
      testEvent('PLENARY_DECISION', { decision: 'appointed', termStart: '2026-02-01' }),
      testEvent('END_EARLY', { effectiveDate: '2026-06-01', reason: 'Rücktritt' }),
    ];
    // Timers are walked by the driver tests below; the graph walk covers every command edge.
    const uncovered = uncoveredEdges(seatAppointmentMachine, start, () => samples);
    expect(uncovered.filter((e) => !e.event.startsWith('xstate.after'))).toEqual([]);
  });

  it('waits for the nomination when started without a person (a successor)', () => {
    const driver = new MachineDriver(
      seatAppointmentMachine,
      { seat: 'science' },
      new Date('2026-01-10T09:00:00Z'),
      facts(false),
    );
    expect(driver.snapshot.value).toBe('awaitingNomination');
    expect(driver.send('PLENARY_DECISION', { decision: 'appointed', termStart: '2026-02-01' })).toBe(false);
    expect(driver.send('NOMINATE', person)).toBe(true);
    expect(driver.snapshot.value).toBe('nominated');
  });

  it('computes the term by the BGB rule and is active from its first day', () => {
    const driver = appointed('2026-03-15', '2026-03-10T10:00:00Z');
    expect(driver.snapshot.context).toMatchObject({ termStart: '2026-03-15', termEnd: '2028-03-14' });
    expect(status(driver)).toBe('appointed');
    driver.advanceTo(new Date('2026-03-14T22:59:59.999Z'));
    expect(status(driver)).toBe('appointed');
    driver.advanceTo(new Date('2026-03-14T23:00:00Z')); // 00:00 Europe/Berlin (CET)
    expect(status(driver)).toBe('active');
  });

  it('sends each alert at 00:00 Berlin on (last day − lead) and opens the successor with the first', () => {
    const driver = appointed('2024-05-01', '2024-04-20T10:00:00Z');
    expect(driver.snapshot.context.termEnd).toBe('2026-04-30');
    driver.advanceTo(new Date('2026-12-31T00:00:00Z'));
    const alerts = driver.effectsOf('sendTermAlert');
    expect(alerts.map((a) => [a.params.leadDays, new Date(a.at).toISOString()])).toEqual([
      [180, '2025-10-31T23:00:00.000Z'], // 2025-11-01 00:00 CET
      [90, '2026-01-29T23:00:00.000Z'],
      [30, '2026-03-30T22:00:00.000Z'], // 2026-03-31 00:00 CEST, after the DST change
      [7, '2026-04-22T22:00:00.000Z'],
    ]);
    expect(driver.effectsOf('openSuccessor')).toHaveLength(1);
    expect(driver.snapshot.value).toBe('expired');
  });

  it('collapses lead times already past into one alert when a term is recorded late', () => {
    // Last day 2026-12-31: the 180- and 90-day alerts lie before 2026-11-20, the 30-day one too.
    const driver = appointed('2025-01-01', '2026-12-05T10:00:00Z');
    driver.advanceTo(new Date('2026-12-05T10:00:00Z'));
    const alerts = driver.effectsOf('sendTermAlert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0].params).toMatchObject({ leadDays: 30, collapsed: [180, 90], lastDay: '2026-12-31' });
    expect(status(driver)).toBe('expiring');
    expect(driver.effectsOf('openSuccessor')).toHaveLength(1);
    driver.advanceTo(new Date('2026-12-24T00:00:00Z'));
    expect(driver.effectsOf('sendTermAlert').map((a) => a.params.leadDays)).toEqual([30, 7]);
  });

  it('expires without an alert when the term was already over when recorded', () => {
    const driver = appointed('2023-06-01', '2026-01-10T10:00:00Z');
    driver.advanceTo(new Date('2026-01-10T10:00:00Z'));
    expect(driver.snapshot.value).toBe('expired');
    expect(driver.effectsOf('sendTermAlert')).toEqual([]);
    expect(driver.pendingTimers()).toEqual([]);
  });

  it('ends as succeeded when a successor takes over the next day', () => {
    const driver = appointed('2024-05-01', '2024-04-20T10:00:00Z', true);
    driver.advanceTo(new Date('2026-05-01T00:00:00Z'));
    expect(driver.snapshot.value).toBe('succeeded');
  });

  it('expires at 00:00 Berlin after the last day, also across a DST change', () => {
    const driver = appointed('2024-03-29', '2024-03-20T10:00:00Z');
    expect(driver.snapshot.context.termEnd).toBe('2026-03-28');
    driver.advanceTo(new Date('2026-03-28T22:59:59.999Z'));
    expect(driver.snapshot.value).not.toBe('expired');
    driver.advanceTo(new Date('2026-03-28T23:00:00Z')); // 2026-03-29 00:00 CET; clocks go forward at 02:00
    expect(driver.snapshot.value).toBe('expired');
  });

  it('ends early', () => {
    const driver = appointed('2026-01-01', '2025-12-01T10:00:00Z');
    driver.advanceTo(new Date('2026-02-01T00:00:00Z'));
    expect(
      driver.send('END_EARLY', { effectiveDate: '2026-03-01', reason: 'Wechsel der Dienststelle' }),
    ).toBe(true);
    expect(driver.snapshot.value).toBe('ended');
    expect(driver.snapshot.context.endedOn).toBe('2026-03-01');
    expect(driver.pendingTimers()).toEqual([]);
  });

  it('refuses commands the state does not allow', () => {
    const driver = appointed('2026-01-01', '2025-12-01T10:00:00Z');
    expect(offeredEventTypes(driver.snapshot)).toEqual(['END_EARLY']);
    expect(driver.send('NOMINATE', person)).toBe(false);
    expect(driver.send('PLENARY_DECISION', { decision: 'appointed', termStart: '2026-02-01' })).toBe(false);
    driver.send('END_EARLY', { effectiveDate: '2026-03-01', reason: 'x' });
    for (const type of ['NOMINATE', 'PLENARY_DECISION', 'END_EARLY'])
      expect(driver.send(type, {})).toBe(false);
  });
});
