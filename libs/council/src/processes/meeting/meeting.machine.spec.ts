import { MachineDriver, testEvent, uncoveredEdges } from '@gremium/testing';
import { meetingMachine } from './meeting.machine';
import { meetingInput } from './meeting.schemas';

const personId = '11111111-1111-4111-8111-111111111111';
const input = meetingInput.parse({
  body: 'steering',
  kind: 'regular',
  title: 'Steuerungsgruppe I/2026',
  start: '2026-03-02T10:00:00+01:00',
  end: '2026-03-02T12:00:00+01:00',
  location: 'Ratshof, Beratungsraum 1',
});
const beforeStart = new Date('2026-02-20T09:00:00Z');
const start = () => new MachineDriver(meetingMachine, input, beforeStart);
const moved = { start: '2026-03-09T09:00:00Z', end: '2026-03-09T11:00:00Z', location: 'Stadthaus' };

describe('P8 meeting', () => {
  it('walks every transition of the machine', () => {
    const afterStart = new Date('2026-03-10T09:00:00Z');
    const samples = [
      testEvent('INVITE', {}, beforeStart),
      testEvent('RESCHEDULE', moved, beforeStart),
      testEvent('CANCEL', { reason: 'Raum nicht verfügbar' }, beforeStart),
      testEvent('HOLD', { attendance: [personId] }, afterStart),
      testEvent('APPROVE_MINUTES', {}, afterStart),
    ];
    expect(
      // Every RESCHEDULE after the invitation raises the sequence: a capped sequence keeps the walk finite.
      uncoveredEdges(
        meetingMachine,
        testEvent('process.started', input, beforeStart),
        () => samples,
        (snapshot) => [snapshot.value, snapshot.context.start, Math.min(snapshot.context.sequence, 1)],
      ),
    ).toEqual([]);
  });

  it('is planned, invited, held and its minutes approved, in this order', () => {
    const driver = start();
    expect(driver.snapshot.value).toBe('planned');
    expect(driver.send('HOLD', { attendance: [] })).toBe(false);
    expect(driver.send('APPROVE_MINUTES')).toBe(false);
    expect(driver.send('INVITE')).toBe(true);
    expect(driver.snapshot.value).toBe('invited');
    expect(driver.snapshot.context.invitedAt).toBe(beforeStart.getTime());
    expect(driver.send('INVITE')).toBe(false);
    driver.advanceTo(new Date('2026-03-02T09:00:00Z'));
    expect(driver.send('HOLD', { attendance: [personId] })).toBe(true);
    expect(driver.snapshot.value).toBe('held');
    expect(driver.snapshot.context.attendance).toEqual([personId]);
    expect(driver.send('CANCEL', { reason: 'zu spät' })).toBe(false);
    expect(driver.send('APPROVE_MINUTES')).toBe(true);
    expect(driver.snapshot.value).toBe('minutesApproved');
    expect(driver.snapshot.status).toBe('done');
  });

  it('is held only from its start on', () => {
    const driver = start();
    driver.send('INVITE');
    driver.advanceTo(new Date('2026-03-02T08:59:59.999Z'));
    expect(driver.send('HOLD', { attendance: [] })).toBe(false);
    driver.advanceTo(new Date('2026-03-02T09:00:00Z'));
    expect(driver.send('HOLD', { attendance: [] })).toBe(true);
  });

  it('raises the sequence for every change once invited, not before', () => {
    const driver = start();
    driver.send('RESCHEDULE', moved);
    expect(driver.snapshot.context).toMatchObject({ ...moved, sequence: 0 });
    driver.send('INVITE');
    driver.send('RESCHEDULE', { start: '2026-03-10T09:00:00.000Z', end: '2026-03-10T11:00:00.000Z' });
    expect(driver.snapshot.context).toMatchObject({ location: 'Stadthaus', sequence: 1 });
    driver.send('CANCEL', { reason: 'Raum nicht verfügbar' });
    expect(driver.snapshot.value).toBe('cancelled');
    expect(driver.snapshot.context).toMatchObject({ sequence: 2, cancelReason: 'Raum nicht verfügbar' });
  });

  it('starts held when it adopts a meeting recorded before P8', () => {
    const meetingId = '22222222-2222-4222-8222-222222222222';
    const driver = new MachineDriver(
      meetingMachine,
      { ...input, adopt: { meetingId, held: true } },
      beforeStart,
    );
    expect(driver.snapshot.value).toBe('held');
    expect(driver.snapshot.context.meetingId).toBe(meetingId);
  });

  it('refuses an end before the start and a working group on another body', () => {
    const refused = meetingInput.safeParse({ ...input, end: input.start, workingGroupId: personId });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'end',
      'workingGroupId',
    ]);
  });

  it.each(['minutesApproved', 'cancelled'])('refuses every command once %s', (final) => {
    const driver = start();
    if (final === 'cancelled') driver.send('CANCEL', { reason: 'x' });
    else {
      driver.send('INVITE');
      driver.advanceTo(new Date('2026-03-03T00:00:00Z'));
      driver.send('HOLD', { attendance: [] });
      driver.send('APPROVE_MINUTES');
    }
    for (const type of ['INVITE', 'RESCHEDULE', 'CANCEL', 'HOLD', 'APPROVE_MINUTES'])
      expect(driver.send(type, { ...moved, reason: 'x', attendance: [] })).toBe(false);
  });
});
