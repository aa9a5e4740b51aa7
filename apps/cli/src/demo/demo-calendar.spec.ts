import { addDays, daysBetween, termLastDay } from '@gremium/council';
import { addYears, demoTimeline, meetingDayFrom, termStartFor, weekday } from './demo-calendar';

describe('termStartFor (the BGB term rule, inverted)', () => {
  it.each([
    ['2026-03-14', '2024-03-15'],
    ['2026-12-31', '2025-01-01'],
    ['2027-02-28', '2025-03-01'],
    ['2028-02-29', '2026-03-01'],
  ])('a term ending on %s began on %s', (lastDay, start) => {
    expect(termStartFor(lastDay)).toBe(start);
    expect(termLastDay(start)).toBe(lastDay);
  });

  it('finds no start for a last day no term can end on', () => {
    // 2026-03-01 - 2 years → ends 2028-02-29; 2026-02-28 → 2028-02-27: nothing ends on 2028-02-28.
    expect(termStartFor('2028-02-28')).toBeNull();
  });

  it('agrees with termLastDay on every day of four years', () => {
    for (let day = 0; day < 4 * 366; day++) {
      const start = addDays('2024-01-01', day);
      const lastDay = termLastDay(start);
      const found = termStartFor(lastDay);
      expect(found && termLastDay(found)).toBe(lastDay);
    }
  });
});

describe('demo timeline', () => {
  it.each(['2026-11-25', '2027-01-03', '2028-02-29', '2026-06-30'])(
    'is plausible for a first run on %s',
    (anchor) => {
      const plan = demoTimeline(anchor, 4);
      const daysLeft = daysBetween(anchor, plan.policeLastDay);
      expect(daysLeft).toBeGreaterThan(30);
      expect(daysLeft).toBeLessThanOrEqual(90);
      expect(termLastDay(plan.policePlenary)).toBe(plan.policeLastDay);
      expect(daysBetween(plan.providerPlenary, anchor)).toBeGreaterThan(90);
      expect(plan.coordinationSince < plan.steeringMeeting).toBe(true);
      expect(plan.steeringMeeting < plan.foundingPlenary && plan.foundingPlenary < anchor).toBe(true);
      expect(plan.nextPlenary > anchor && plan.nextPlenary < plan.policeLastDay).toBe(true);
      for (const date of [
        plan.policePlenary,
        plan.providerPlenary,
        plan.steeringMeeting,
        plan.foundingPlenary,
        plan.nextPlenary,
      ]) {
        expect(weekday(date)).toBeLessThanOrEqual(3);
      }
      expect(plan.quarters).toHaveLength(4);
      for (const quarter of plan.quarters) {
        expect(quarter.steering > anchor).toBe(true);
        expect(quarter.groupMeetings).toHaveLength(4);
        expect(new Set(quarter.groupMeetings).size).toBe(4);
        for (const date of quarter.groupMeetings) {
          expect(date > quarter.steering && date <= quarter.lastDay).toBe(true);
          expect(meetingDayFrom(date)).toBe(date);
        }
      }
    },
  );

  it('is the same for the same first day', () => {
    expect(demoTimeline('2026-11-25', 4)).toEqual(demoTimeline('2026-11-25', 4));
  });

  it('keeps 29 February out of common years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
