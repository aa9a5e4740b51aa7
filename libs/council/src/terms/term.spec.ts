import fc from 'fast-check';
import { addDays, berlinDateOf, berlinMidnight, daysBetween } from './calendar-date';
import { isInOffice, termExpiresAt, termLastDay } from './term';

const calendarDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

describe('termLastDay', () => {
  it.each([
    // The three examples of domain.md.
    ['2024-03-15', '2026-03-14'],
    ['2024-02-29', '2026-02-28'], // 2026-02-29 does not exist: the end of February 2026
    ['2025-01-01', '2026-12-31'], // the day before 2027-01-01 lies in the previous year
    // Month ends.
    ['2024-01-31', '2026-01-30'],
    ['2024-03-31', '2026-03-30'],
    ['2024-04-30', '2026-04-29'],
    ['2024-06-30', '2026-06-29'],
    ['2024-12-31', '2026-12-30'],
    ['2027-12-31', '2029-12-30'],
    // Month starts: the term ends on the last day of the previous month.
    ['2024-01-01', '2025-12-31'],
    ['2024-05-01', '2026-04-30'],
    ['2024-08-01', '2026-07-31'],
    ['2024-03-01', '2026-02-28'], // the day before 2026-03-01; the same last day as a start on 2024-02-29
    ['2023-03-01', '2025-02-28'], // the day before 2025-03-01
    ['2022-03-01', '2024-02-29'], // the day before 2024-03-01 is the leap day
    ['1998-03-01', '2000-02-29'], // 2000 is a leap year (divisible by 400)
    ['2098-03-01', '2100-02-28'], // 2100 is not (divisible by 100, not by 400)
    // Around February.
    ['2022-02-28', '2024-02-27'], // 2024-02-28 exists, so the term ends the day before, not on the 29th
    ['2023-02-28', '2025-02-27'],
    ['2024-02-28', '2026-02-27'],
    ['2024-02-27', '2026-02-26'],
    // Spanning a 29 February: 731 days in office, so "730 days" would end a day early (2025-03-13).
    ['2023-03-15', '2025-03-14'],
    // The days clocks change in Berlin make no difference to calendar dates.
    ['2026-03-29', '2028-03-28'],
    ['2026-10-25', '2028-10-24'],
    ['2019-06-30', '2021-06-29'],
  ])('a two-year term starting %s ends on %s', (start, lastDay) => {
    expect(termLastDay(start)).toBe(lastDay);
    expect(termLastDay(start, 2)).toBe(lastDay);
  });

  it.each([
    ['2024-02-29', 4, '2028-02-28'], // 2028-02-29 exists: the term ends the day before it
    ['2024-02-29', 8, '2032-02-28'],
    ['2024-02-29', 1, '2025-02-28'], // 2025-02-29 does not exist: the end of February 2025
    ['2024-02-29', 3, '2027-02-28'],
    ['2096-02-29', 4, '2100-02-28'], // 2100-02-29 does not exist although 2100 is divisible by 4
    ['2024-03-01', 4, '2028-02-29'], // the day before 2028-03-01 is the leap day
    ['2023-03-01', 1, '2024-02-29'],
    ['2024-03-15', 1, '2025-03-14'],
    ['2024-03-15', 3, '2027-03-14'],
    ['2025-01-01', 1, '2025-12-31'],
    ['2024-12-31', 5, '2029-12-30'],
  ])('a term starting %s for %i years ends on %s', (start, years, lastDay) => {
    expect(termLastDay(start, years)).toBe(lastDay);
  });

  it('matches the day before the same month and day `years` later (29 Feb → 28 Feb)', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 1, max: 10 }), (start, years) => {
        const [year, month, day] = start.split('-').map(Number);
        // Date.UTC rolls a missing 29 February over to 1 March, so day − 1 is 28 February either way.
        const oracle = new Date(Date.UTC(year + years, month - 1, day - 1)).toISOString().slice(0, 10);
        expect(termLastDay(start, years)).toBe(oracle);
      }),
    );
  });

  it('lasts 730 or 731 days counting the start day', () => {
    fc.assert(
      fc.property(calendarDate, (start) => {
        expect([730, 731]).toContain(daysBetween(start, termLastDay(start)) + 1);
      }),
    );
  });

  it('never ends earlier for a later start', () => {
    fc.assert(
      fc.property(calendarDate, (start) => {
        const step = daysBetween(termLastDay(start), termLastDay(addDays(start, 1)));
        expect([0, 1, 2]).toContain(step);
      }),
    );
  });

  it('rejects invalid starts and term lengths', () => {
    expect(() => termLastDay('2023-02-29')).toThrow(RangeError);
    expect(() => termLastDay('15.03.2024')).toThrow(RangeError);
    expect(() => termLastDay('2024-03-15', 0)).toThrow(RangeError);
    expect(() => termLastDay('2024-03-15', -2)).toThrow(RangeError);
    expect(() => termLastDay('2024-03-15', 1.5)).toThrow(RangeError);
    expect(() => termLastDay('9999-01-01')).toThrow(RangeError);
  });
});

describe('termExpiresAt', () => {
  it.each([
    ['2026-03-14', '2026-03-14T23:00:00.000Z'],
    ['2026-07-31', '2026-07-31T22:00:00.000Z'],
    ['2026-12-31', '2026-12-31T23:00:00.000Z'],
    ['2026-02-28', '2026-02-28T23:00:00.000Z'],
    ['2028-02-28', '2028-02-28T23:00:00.000Z'], // 2028-02-29 begins
    // 29 March 2026: clocks go forward at 02:00, so midnight is still winter time (+01:00).
    ['2026-03-28', '2026-03-28T23:00:00.000Z'],
    ['2026-03-29', '2026-03-29T22:00:00.000Z'],
    // 25 October 2026: clocks go back at 03:00, so midnight is still summer time (+02:00).
    ['2026-10-24', '2026-10-24T22:00:00.000Z'],
    ['2026-10-25', '2026-10-25T23:00:00.000Z'],
  ])('a term whose last day is %s expires at %s', (lastDay, instant) => {
    expect(termExpiresAt(lastDay).toISOString()).toBe(instant);
  });

  it('is the first instant of the day after the last day in Berlin', () => {
    fc.assert(
      fc.property(calendarDate, (lastDay) => {
        const expiresAt = termExpiresAt(lastDay).getTime();
        expect(berlinDateOf(expiresAt - 1)).toBe(lastDay);
        expect(berlinDateOf(expiresAt)).toBe(addDays(lastDay, 1));
      }),
    );
  });

  it('is not a fixed number of milliseconds after the start when the offset differs', () => {
    // 2024-03-31 begins in winter time, 2026-03-31 in summer time: one hour less than 730 × 24 h.
    const start = '2024-03-31';
    const lastDay = termLastDay(start);
    expect(lastDay).toBe('2026-03-30');
    expect(berlinMidnight(start).toISOString()).toBe('2024-03-30T23:00:00.000Z');
    expect(termExpiresAt(lastDay).toISOString()).toBe('2026-03-30T22:00:00.000Z');
    expect(termExpiresAt(lastDay).getTime() - berlinMidnight(start).getTime()).toBe(
      730 * 86_400_000 - 3_600_000,
    );
  });

  it('rejects an invalid last day', () => {
    expect(() => termExpiresAt('2026-02-29')).toThrow(RangeError);
  });
});

describe('isInOffice', () => {
  const term = { termStart: '2024-03-15', termEnd: '2026-03-14', endedOn: null };

  it.each([
    ['2024-03-14', false], // the day before the start
    ['2024-03-15', true], // the start day counts
    ['2025-06-01', true],
    ['2026-03-14', true], // the last day counts
    ['2026-03-15', false], // expired
    ['2030-01-01', false],
  ])('a term 2024-03-15 … 2026-03-14 on %s: %p', (date, expected) => {
    expect(isInOffice(term, date)).toBe(expected);
  });

  it.each([
    ['2025-05-31', true],
    ['2025-06-01', false], // endedOn is the first vacant day
    ['2025-06-02', false],
    ['2026-03-14', false],
  ])('a term ended early on 2025-06-01, on %s: %p', (date, expected) => {
    expect(isInOffice({ ...term, endedOn: '2025-06-01' }, date)).toBe(expected);
  });

  it('treats an omitted endedOn like null', () => {
    expect(isInOffice({ termStart: '2024-03-15', termEnd: '2026-03-14' }, '2026-03-14')).toBe(true);
  });

  it('is never in office when the term ended on its first day', () => {
    const endedAtOnce = { ...term, endedOn: '2024-03-15' };
    expect(isInOffice(endedAtOnce, '2024-03-14')).toBe(false);
    expect(isInOffice(endedAtOnce, '2024-03-15')).toBe(false);
    expect(isInOffice(endedAtOnce, '2025-01-01')).toBe(false);
  });

  it('lets the last day govern when endedOn is after it', () => {
    const lateEnd = { ...term, endedOn: '2026-06-01' };
    expect(isInOffice(lateEnd, '2026-03-14')).toBe(true);
    expect(isInOffice(lateEnd, '2026-03-15')).toBe(false);
  });

  it('covers a one-day term', () => {
    const oneDay = { termStart: '2026-03-29', termEnd: '2026-03-29', endedOn: null };
    expect(isInOffice(oneDay, '2026-03-28')).toBe(false);
    expect(isInOffice(oneDay, '2026-03-29')).toBe(true);
    expect(isInOffice(oneDay, '2026-03-30')).toBe(false);
  });

  it('holds on exactly the days from start to last day', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -800, max: 800 }), (start, offset) => {
        const lastDay = termLastDay(start);
        const date = addDays(start, offset);
        const expected = daysBetween(start, date) >= 0 && daysBetween(date, lastDay) >= 0;
        expect(isInOffice({ termStart: start, termEnd: lastDay, endedOn: null }, date)).toBe(expected);
      }),
    );
  });

  it('rejects invalid dates', () => {
    expect(() => isInOffice(term, '2026-02-30')).toThrow(RangeError);
    expect(() => isInOffice({ ...term, termStart: '2024-3-15' }, '2025-01-01')).toThrow(RangeError);
  });
});
