import fc from 'fast-check';
import {
  addDays,
  berlinDateOf,
  berlinMidnight,
  compareDates,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
} from './calendar-date';

const calendarDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((instant) => instant.toISOString().slice(0, 10));

// An independent oracle for day arithmetic: UTC has no daylight-saving time.
const utcDayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

describe('isCalendarDate', () => {
  it.each(['2026-03-29', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-01-31', '2026-04-30'])(
    'accepts %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    ['a common year has no 29 February', '2026-02-29'],
    ['1900 is not a leap year', '1900-02-29'],
    ['April has 30 days', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'],
    ['day 0', '2026-01-00'],
    ['day 32', '2026-01-32'],
    ['year 0', '0000-01-01'],
    ['no zero padding', '2026-3-5'],
    ['a time part', '2026-03-05T00:00:00Z'],
    ['leading space', ' 2026-03-05'],
    ['trailing newline', '2026-03-05\n'],
    ['slashes', '2026/03/05'],
    ['empty string', ''],
    ['a five-digit year', '12026-03-05'],
    ['a signed year', '+2026-03-05'],
  ])('rejects %s (%j)', (_reason, value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it.each([undefined, null, 20260305, new Date('2026-03-05'), { date: '2026-03-05' }])(
    'rejects the non-string %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it('agrees with the UTC calendar for every day of 1999–2101', () => {
    for (let ms = Date.UTC(1999, 0, 1); ms <= Date.UTC(2101, 11, 31); ms += 86_400_000) {
      expect(isCalendarDate(new Date(ms).toISOString().slice(0, 10))).toBe(true);
    }
  });
});

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [2024, true],
    [2026, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
  ])('isLeapYear(%i) is %p', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [2100, 2, 28],
    [2026, 3, 31],
    [2026, 4, 30],
    [2026, 5, 31],
    [2026, 6, 30],
    [2026, 7, 31],
    [2026, 8, 31],
    [2026, 9, 30],
    [2026, 10, 31],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('parseCalendarDate and formatCalendarDate', () => {
  it('round-trips', () => {
    expect(parseCalendarDate('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(formatCalendarDate(2026, 3, 9)).toBe('2026-03-09');
    expect(formatCalendarDate(1, 1, 1)).toBe('0001-01-01');
  });

  it('throws a RangeError on invalid input', () => {
    expect(() => parseCalendarDate('2026-02-29')).toThrow(RangeError);
    expect(() => formatCalendarDate(2026, 2, 29)).toThrow(RangeError);
    expect(() => formatCalendarDate(10_000, 1, 1)).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-14', 1, '2026-03-15'],
    ['2026-03-14', 0, '2026-03-14'],
    ['2026-03-14', -14, '2026-02-28'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-28', 1, '2026-03-29'], // the night clocks go forward
    ['2026-10-24', 1, '2026-10-25'], // the night clocks go back
    ['2024-03-15', 730, '2026-03-15'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2026-06-15', -180, '2025-12-17'],
    ['0001-01-01', 0, '0001-01-01'],
    ['9999-12-30', 1, '9999-12-31'],
  ])('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('matches UTC day arithmetic', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        const expected = new Date((utcDayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(date, days)).toBe(expected);
      }),
    );
  });

  it('is undone by the negative amount', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        expect(addDays(addDays(date, days), -days)).toBe(date);
      }),
    );
  });

  it('rejects invalid dates, fractional days and results outside 0001–9999', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-03-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-03-01', Number.NaN)).toThrow(RangeError);
    expect(() => addDays('2026-03-01', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('compareDates', () => {
  it.each([
    ['2026-03-14', '2026-03-15', -1],
    ['2026-03-15', '2026-03-14', 1],
    ['2026-03-15', '2026-03-15', 0],
    ['2025-12-31', '2026-01-01', -1],
    ['2026-02-01', '2026-01-31', 1],
  ])('compareDates(%s, %s) = %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });

  it('sorts dates chronologically', () => {
    expect(['2026-10-01', '2024-02-29', '2026-01-31', '2025-12-31'].sort(compareDates)).toEqual([
      '2024-02-29',
      '2025-12-31',
      '2026-01-31',
      '2026-10-01',
    ]);
  });

  it('agrees with the sign of daysBetween', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        expect(compareDates(a, b)).toBe(Math.sign(daysBetween(b, a)));
      }),
    );
  });

  it('rejects invalid dates', () => {
    expect(() => compareDates('2026-02-29', '2026-03-01')).toThrow(RangeError);
    expect(() => compareDates('2026-03-01', 'tomorrow')).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-03-14', '2026-03-15', 1],
    ['2026-03-15', '2026-03-14', -1],
    ['2026-03-15', '2026-03-15', 0],
    ['2024-03-15', '2026-03-15', 730],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-02-28', '2026-03-01', 1],
    ['2026-03-28', '2026-03-30', 2], // across the change to summer time: still whole days
    ['2026-10-24', '2026-10-26', 2], // across the change to winter time
    ['2000-01-01', '2100-01-01', 36_525],
    ['1900-01-01', '2000-01-01', 36_524],
  ])('daysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it('matches UTC day arithmetic and is consistent with addDays', () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        const days = daysBetween(a, b);
        expect(days).toBe(utcDayNumber(b) - utcDayNumber(a));
        expect(addDays(a, days)).toBe(b);
      }),
    );
  });
});

describe('berlinMidnight', () => {
  it.each([
    ['2026-01-15', '2026-01-14T23:00:00.000Z'], // winter time (CET, +01:00)
    ['2026-07-15', '2026-07-14T22:00:00.000Z'], // summer time (CEST, +02:00)
    ['2026-03-28', '2026-03-27T23:00:00.000Z'], // the day before clocks go forward
    ['2026-03-29', '2026-03-28T23:00:00.000Z'], // clocks go forward at 02:00, after midnight
    ['2026-03-30', '2026-03-29T22:00:00.000Z'], // the first midnight in summer time
    ['2026-10-24', '2026-10-23T22:00:00.000Z'],
    ['2026-10-25', '2026-10-24T22:00:00.000Z'], // clocks go back at 03:00, after midnight
    ['2026-10-26', '2026-10-25T23:00:00.000Z'], // the first midnight in winter time again
    ['2025-03-30', '2025-03-29T23:00:00.000Z'],
    ['2025-03-31', '2025-03-30T22:00:00.000Z'],
    ['2025-10-26', '2025-10-25T22:00:00.000Z'],
    ['2025-10-27', '2025-10-26T23:00:00.000Z'],
    ['2024-02-29', '2024-02-28T23:00:00.000Z'],
    ['2027-01-01', '2026-12-31T23:00:00.000Z'],
    // The offset comes from the time-zone database, not from a hard-coded rule:
    ['1945-06-15', '1945-06-14T21:00:00.000Z'], // Berlin's 1945 "midsummer time", +03:00
    ['1890-06-01', '1890-05-31T23:06:32.000Z'], // local mean time before 1893, +00:53:28
    ['0001-01-01', '0000-12-31T23:06:32.000Z'],
    ['9999-12-31', '9999-12-30T23:00:00.000Z'],
  ])('berlinMidnight(%s) = %s', (date, instant) => {
    expect(berlinMidnight(date).toISOString()).toBe(instant);
  });

  it('makes a 23-hour day in spring and a 25-hour day in autumn', () => {
    const hours = (from: string, to: string): number =>
      (berlinMidnight(to).getTime() - berlinMidnight(from).getTime()) / 3_600_000;
    expect(hours('2026-03-29', '2026-03-30')).toBe(23);
    expect(hours('2026-10-25', '2026-10-26')).toBe(25);
    expect(hours('2026-06-01', '2026-06-02')).toBe(24);
  });

  it('is the first instant of the date in Berlin', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        const midnight = berlinMidnight(date).getTime();
        expect(berlinDateOf(midnight)).toBe(date);
        expect(berlinDateOf(midnight - 1)).toBe(addDays(date, -1));
      }),
    );
  });

  it('returns a new Date each time', () => {
    const first = berlinMidnight('2026-03-29');
    first.setTime(0);
    expect(berlinMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });

  it('rejects invalid dates', () => {
    expect(() => berlinMidnight('2026-02-29')).toThrow(RangeError);
    expect(() => berlinMidnight('2026-03-29T00:00')).toThrow(RangeError);
  });
});

describe('berlinDateOf', () => {
  it.each([
    ['2026-03-28T22:59:59.999Z', '2026-03-28'],
    ['2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['2026-03-29T21:59:59.999Z', '2026-03-29'], // 23:59:59.999 CEST
    ['2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['2026-10-24T21:59:59.999Z', '2026-10-24'],
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['2026-10-25T22:59:59.999Z', '2026-10-25'], // 23:59:59.999 CET, the 25-hour day
    ['2026-10-25T23:00:00.000Z', '2026-10-26'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
    ['2026-07-01T12:00:00.000Z', '2026-07-01'],
  ])('berlinDateOf(%s) = %s', (instant, date) => {
    expect(berlinDateOf(new Date(instant))).toBe(date);
    expect(berlinDateOf(Date.parse(instant))).toBe(date);
  });

  it('rejects invalid instants', () => {
    expect(() => berlinDateOf(new Date('not a date'))).toThrow(RangeError);
    expect(() => berlinDateOf(Number.NaN)).toThrow(RangeError);
    expect(() => berlinDateOf(Date.UTC(10_000, 0, 2))).toThrow(RangeError);
  });
});
