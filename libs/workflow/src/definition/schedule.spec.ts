import { latestOccurrence, nextOccurrence, parseRule, yearlyOn } from './schedule';

const YEARLY = 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=15';

describe('schedules: RRULE occurrences in wall-clock time of a zone', () => {
  it('finds the next 15 January, 00:00 in Berlin (23:00 UTC the day before, winter time)', () => {
    const next = nextOccurrence(YEARLY, 'Europe/Berlin', new Date('2026-11-30T10:00:00Z'));
    expect(next).toMatchObject({ date: '2027-01-15', time: '00:00', year: 2027, month: 1, day: 15 });
    expect(next?.at.toISOString()).toBe('2027-01-14T23:00:00.000Z');
  });

  it('is strictly after the instant, and the latest occurrence includes it', () => {
    const at = new Date('2027-01-14T23:00:00Z');
    expect(nextOccurrence(YEARLY, 'Europe/Berlin', at)?.date).toBe('2028-01-15');
    expect(latestOccurrence(YEARLY, 'Europe/Berlin', at)?.date).toBe('2027-01-15');
    expect(latestOccurrence(YEARLY, 'Europe/Berlin', new Date(at.getTime() - 1))?.date).toBe('2026-01-15');
  });

  it('keeps the wall-clock time across daylight saving time', () => {
    const daily = 'FREQ=DAILY;BYHOUR=9;BYMINUTE=30';
    expect(nextOccurrence(daily, 'Europe/Berlin', new Date('2026-03-28T12:00:00Z'))?.at.toISOString()).toBe(
      '2026-03-29T07:30:00.000Z',
    );
    expect(nextOccurrence(daily, 'Europe/Berlin', new Date('2026-03-27T12:00:00Z'))?.at.toISOString()).toBe(
      '2026-03-28T08:30:00.000Z',
    );
  });

  it('turns a settings day (--MM-DD) into a yearly rule and refuses malformed rules', () => {
    expect(yearlyOn('--01-15')).toBe(YEARLY);
    expect(yearlyOn('--12-01')).toBe('FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1');
    expect(() => yearlyOn('01-15')).toThrow(RangeError);
    expect(() => parseRule('BYMONTH=1')).toThrow(/invalid recurrence rule/);
    expect(() => parseRule('FREQ=SOMETIMES')).toThrow(/invalid recurrence rule/);
  });
});
