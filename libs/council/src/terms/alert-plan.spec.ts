import fc from 'fast-check';
import { alertDueAt, nextAlert } from './alert-plan';
import { termExpiresAt } from './term';

const DEFAULT_LEAD_DAYS = [180, 90, 30, 7] as const;
const at = (iso: string): number => Date.parse(iso);

describe('alertDueAt', () => {
  it.each([
    // Last day 2026-03-14 (a term from 2024-03-15); each due date counted back by hand.
    ['2026-03-14', 180, '2025-09-14T22:00:00.000Z'], // 2025-09-15, summer time
    ['2026-03-14', 90, '2025-12-13T23:00:00.000Z'], // 2025-12-14
    ['2026-03-14', 30, '2026-02-11T23:00:00.000Z'], // 2026-02-12
    ['2026-03-14', 7, '2026-03-06T23:00:00.000Z'], // 2026-03-07
    ['2026-03-14', 0, '2026-03-13T23:00:00.000Z'], // the start of the last day itself
    // Due on the days clocks change: midnight comes before the change both times.
    ['2026-04-05', 7, '2026-03-28T23:00:00.000Z'], // 2026-03-29
    ['2026-11-01', 7, '2026-10-24T22:00:00.000Z'], // 2026-10-25
    ['2026-10-31', 30, '2026-09-30T22:00:00.000Z'], // 2026-10-01
    ['2026-03-31', 30, '2026-02-28T23:00:00.000Z'], // 2026-03-01: 30 days back crosses a 28-day February
    ['2028-03-31', 30, '2028-02-29T23:00:00.000Z'], // 2028-03-01 in a leap year
    ['2028-03-30', 30, '2028-02-28T23:00:00.000Z'], // 2028-02-29
  ])('last day %s, lead %i days → %s', (lastDay, leadDays, instant) => {
    expect(alertDueAt(lastDay, leadDays).toISOString()).toBe(instant);
  });

  it('rejects negative or fractional lead times and invalid dates', () => {
    expect(() => alertDueAt('2026-03-14', -1)).toThrow(RangeError);
    expect(() => alertDueAt('2026-03-14', 1.5)).toThrow(RangeError);
    expect(() => alertDueAt('2026-03-14', Number.NaN)).toThrow(RangeError);
    expect(() => alertDueAt('2026-02-30', 7)).toThrow(RangeError);
  });
});

describe('nextAlert', () => {
  const lastDay = '2026-03-14';
  const due = (leadDays: number): number => alertDueAt(lastDay, leadDays).getTime();
  const plan = (
    now: number,
    handled: readonly number[] = [],
    leadDays: readonly number[] = DEFAULT_LEAD_DAYS,
  ) => nextAlert({ lastDay, leadDays, handled, now });

  it('waits for the largest lead time when none is due yet', () => {
    expect(plan(at('2025-06-01T10:00:00Z'))).toEqual({
      leadDays: 180,
      dueAt: at('2025-09-14T22:00:00.000Z'),
      collapses: [],
    });
  });

  it('fires a lead time at exactly its due instant, not a millisecond earlier', () => {
    const dueAt = at('2025-09-14T22:00:00.000Z');
    expect(plan(dueAt - 1)).toEqual({ leadDays: 180, dueAt, collapses: [] });
    expect(plan(dueAt - 1)!.dueAt).toBeGreaterThan(dueAt - 1);
    expect(plan(dueAt)).toEqual({ leadDays: 180, dueAt, collapses: [] });
  });

  it('fires 30 and collapses 180 and 90 for a term recorded with 90 and 30 days already past', () => {
    expect(plan(at('2026-02-20T09:00:00Z'))).toEqual({
      leadDays: 30,
      dueAt: at('2026-02-11T23:00:00.000Z'),
      collapses: [180, 90],
    });
  });

  it('fires 7 and collapses the others when all are past but the term is not over', () => {
    expect(plan(at('2026-03-10T12:00:00Z'))).toEqual({
      leadDays: 7,
      dueAt: at('2026-03-06T23:00:00.000Z'),
      collapses: [180, 90, 30],
    });
  });

  it('still fires in the last millisecond of the last day', () => {
    const lastMoment = termExpiresAt(lastDay).getTime() - 1;
    expect(new Date(lastMoment).toISOString()).toBe('2026-03-14T22:59:59.999Z');
    expect(plan(lastMoment)).toEqual({ leadDays: 7, dueAt: due(7), collapses: [180, 90, 30] });
  });

  it('returns null once the term is over, whatever is left', () => {
    const expiresAt = termExpiresAt(lastDay).getTime();
    expect(plan(expiresAt)).toBeNull();
    expect(plan(expiresAt + 86_400_000)).toBeNull();
    expect(plan(at('2030-01-01T00:00:00Z'), [180, 90])).toBeNull();
  });

  it('returns null when every lead time has been handled', () => {
    expect(plan(at('2025-06-01T00:00:00Z'), [180, 90, 30, 7])).toBeNull();
    expect(plan(at('2026-03-10T00:00:00Z'), [7, 30, 90, 180])).toBeNull();
  });

  it('returns null when no lead times are configured', () => {
    expect(plan(at('2026-03-10T00:00:00Z'), [], [])).toBeNull();
  });

  it('waits for the next lead time after the earlier ones were handled', () => {
    expect(plan(at('2025-10-01T00:00:00Z'), [180])).toEqual({ leadDays: 90, dueAt: due(90), collapses: [] });
    expect(plan(at('2026-01-01T00:00:00Z'), [180, 90])).toEqual({
      leadDays: 30,
      dueAt: due(30),
      collapses: [],
    });
    expect(plan(at('2026-02-20T00:00:00Z'), [180, 90, 30])).toEqual({
      leadDays: 7,
      dueAt: due(7),
      collapses: [],
    });
  });

  it('after downtime fires only the smallest due lead time, collapsing the others not yet handled', () => {
    expect(plan(at('2026-02-20T00:00:00Z'), [180])).toEqual({
      leadDays: 30,
      dueAt: due(30),
      collapses: [90],
    });
    expect(plan(at('2026-03-08T00:00:00Z'), [180, 90])).toEqual({
      leadDays: 7,
      dueAt: due(7),
      collapses: [30],
    });
  });

  it('ignores handled values that are not configured lead times', () => {
    expect(plan(at('2025-06-01T00:00:00Z'), [365, 14])).toEqual({
      leadDays: 180,
      dueAt: due(180),
      collapses: [],
    });
  });

  it('supports a lead time of 0 days, due at the start of the last day', () => {
    expect(plan(at('2026-03-13T23:00:00.000Z'), [], [30, 0])).toEqual({
      leadDays: 0,
      dueAt: at('2026-03-13T23:00:00.000Z'),
      collapses: [30],
    });
  });

  it('treats unsorted and duplicated lead times like sorted unique ones', () => {
    const messy = [7, 180, 30, 90, 30, 180, 7];
    for (const now of [
      at('2025-06-01T00:00:00Z'),
      at('2025-12-20T00:00:00Z'),
      at('2026-02-20T00:00:00Z'),
      at('2026-03-10T00:00:00Z'),
      at('2026-03-15T00:00:00Z'),
    ]) {
      for (const handled of [[], [180], [180, 90], [90, 180, 180], [7, 30, 90, 180]]) {
        expect(plan(now, handled, messy)).toEqual(plan(now, handled, DEFAULT_LEAD_DAYS));
      }
    }
    expect(plan(at('2026-03-10T00:00:00Z'), [], messy)).toEqual({
      leadDays: 7,
      dueAt: due(7),
      collapses: [180, 90, 30],
    });
  });

  it('does not depend on the order or repetition of the inputs (property)', () => {
    const leadTime = fc.integer({ min: 0, max: 730 });
    fc.assert(
      fc.property(
        fc.array(leadTime, { maxLength: 8 }),
        fc.array(leadTime, { maxLength: 8 }),
        fc.integer({ min: at('2023-01-01T00:00:00Z'), max: at('2026-04-01T00:00:00Z') }),
        (leadDays, handled, now) => {
          const canonical = [...new Set(leadDays)].sort((a, b) => a - b);
          expect(nextAlert({ lastDay, leadDays: [...leadDays].reverse(), handled, now })).toEqual(
            nextAlert({ lastDay, leadDays: canonical, handled: [...handled, ...handled], now }),
          );
        },
      ),
    );
  });

  it('handles every lead time exactly once and never fires twice or after expiry (simulated wake-ups)', () => {
    const expiresAt = termExpiresAt(lastDay).getTime();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 730 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: at('2023-06-01T00:00:00Z'), max: at('2026-04-01T00:00:00Z') }), {
          minLength: 1,
          maxLength: 12,
        }),
        (leadDays, wakeUps) => {
          const handled: number[] = [];
          const fired: number[] = [];
          for (const now of [...wakeUps].sort((a, b) => a - b)) {
            let alert = nextAlert({ lastDay, leadDays, handled, now });
            while (alert && alert.dueAt <= now) {
              expect(now).toBeLessThan(expiresAt);
              fired.push(alert.leadDays);
              handled.push(alert.leadDays, ...alert.collapses);
              alert = nextAlert({ lastDay, leadDays, handled, now });
            }
          }
          expect(new Set(handled).size).toBe(handled.length);
          expect(new Set(fired).size).toBe(fired.length);
          expect(handled.every((lead) => leadDays.includes(lead))).toBe(true);
          const lastDue = due(Math.min(...leadDays));
          if (wakeUps.some((now) => now >= lastDue && now < expiresAt)) {
            expect([...handled].sort((a, b) => a - b)).toEqual([...leadDays].sort((a, b) => a - b));
          }
          if (wakeUps.every((now) => now >= expiresAt)) expect(handled).toEqual([]);
        },
      ),
    );
  });

  it('rejects an invalid instant, last day or lead time', () => {
    expect(() => plan(Number.NaN)).toThrow(RangeError);
    expect(() => nextAlert({ lastDay: '2026-02-29', leadDays: [7], handled: [], now: 0 })).toThrow(
      RangeError,
    );
    expect(() => plan(at('2025-06-01T00:00:00Z'), [], [30, -1])).toThrow(RangeError);
  });
});
