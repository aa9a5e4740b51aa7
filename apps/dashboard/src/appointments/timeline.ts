import { addDays, dateValue } from '../fields/dates';
import type { AppointmentRecord } from '../types';

export interface TermBar {
  appointment: AppointmentRecord;
  start: string;
  /** The last day in office: the term's end, or the day before an early end. */
  end: string;
}

export interface TimelineLayout {
  from: string;
  to: string;
  bars: TermBar[];
  years: string[];
}

/** Dated terms, and an axis from the first of January before the earliest to after the latest (and today). */
export function layoutTimeline(appointments: AppointmentRecord[], today: string): TimelineLayout {
  const bars = appointments.flatMap((appointment): TermBar[] => {
    if (!appointment.termStart || !appointment.termEnd) return [];
    const earlyEnd = appointment.endedOn ? addDays(appointment.endedOn, -1) : null;
    const end = earlyEnd && earlyEnd < appointment.termEnd ? earlyEnd : appointment.termEnd;
    return [{ appointment, start: appointment.termStart, end }];
  });
  const starts = [today, ...bars.map((bar) => bar.start)].sort();
  const ends = [today, ...bars.map((bar) => bar.end)].sort();
  const firstYear = Number(starts[0].slice(0, 4));
  const lastYear = Number(ends[ends.length - 1].slice(0, 4)) + 1;
  const years: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) years.push(`${year}-01-01`);
  return { from: years[0], to: years[years.length - 1], bars, years };
}

/** 0…1 along the axis. */
export const position = (date: string, layout: TimelineLayout) =>
  (dateValue(date) - dateValue(layout.from)) / (dateValue(layout.to) - dateValue(layout.from));
