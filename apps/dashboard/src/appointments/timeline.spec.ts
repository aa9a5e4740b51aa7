import { describe, expect, it } from '@jest/globals';
import { daysBetween } from '../fields/dates';
import type { AppointmentRecord } from '../types';
import { layoutTimeline, position } from './timeline';

const appointment = (fields: Partial<AppointmentRecord>): AppointmentRecord => ({
  id: fields.id ?? 'a',
  seat: 'police',
  personId: 'p',
  organizationId: 'o',
  termStart: null,
  termEnd: null,
  endedOn: null,
  status: 'active',
  processId: 'x',
  predecessorId: null,
  successorId: null,
  ...fields,
});

describe('the term timeline', () => {
  it('spans whole years around the terms and today, and ends early terms the day before the vacancy', () => {
    const layout = layoutTimeline(
      [
        appointment({ id: 'a', termStart: '2025-02-06', termEnd: '2027-02-05' }),
        appointment({ id: 'b', termStart: '2026-01-01', termEnd: '2027-12-31', endedOn: '2026-07-01' }),
        appointment({ id: 'c' }),
      ],
      '2026-11-25',
    );
    expect(layout.from).toBe('2025-01-01');
    expect(layout.to).toBe('2028-01-01');
    expect(layout.bars.map((bar) => [bar.appointment.id, bar.end])).toEqual([
      ['a', '2027-02-05'],
      ['b', '2026-06-30'],
    ]);
    expect(position('2025-01-01', layout)).toBe(0);
    expect(position('2028-01-01', layout)).toBe(1);
  });

  it('counts days left in calendar days across a DST change', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-11-25', '2027-02-05')).toBe(72);
  });
});
