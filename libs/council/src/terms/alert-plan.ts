import { addDays, berlinMidnight } from './calendar-date';
import { termExpiresAt } from './term';

/** The instant the alert for a lead time falls due: 00:00 Europe/Berlin on (last day − leadDays days). */
export function alertDueAt(lastDay: string, leadDays: number): Date {
  if (!Number.isSafeInteger(leadDays) || leadDays < 0) {
    throw new RangeError(`leadDays must be a non-negative integer, got ${leadDays}`);
  }
  return berlinMidnight(addDays(lastDay, -leadDays));
}

export interface AlertPlanInput {
  /** The term's last day in office, inclusive. */
  lastDay: string;
  /** The configured lead times in days, in any order. */
  leadDays: readonly number[];
  /** Lead times already fired or marked collapsed. */
  handled: readonly number[];
  /** The current instant in epoch milliseconds. */
  now: number;
}

export interface NextAlert {
  leadDays: number;
  /** Epoch milliseconds; not after `now` when the alert is to fire now. */
  dueAt: number;
  /** Other lead times due as well: they are marked collapsed and never fire (descending). */
  collapses: number[];
}

/**
 * The alert to fire now, or the next one to wait for (P3). When several are due at once (a term
 * recorded late, or downtime), only the smallest lead time fires. A term already over has no alerts.
 */
export function nextAlert({ lastDay, leadDays, handled, now }: AlertPlanInput): NextAlert | null {
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite number, got ${now}`);
  if (now >= termExpiresAt(lastDay).getTime()) return null;

  const done = new Set(handled);
  const remaining = [...new Set(leadDays)]
    .filter((lead) => !done.has(lead))
    .sort((a, b) => b - a)
    .map((lead) => ({ lead, dueAt: alertDueAt(lastDay, lead).getTime() }));
  if (remaining.length === 0) return null;

  const due = remaining.filter((alert) => alert.dueAt <= now);
  const fires = due.at(-1);
  if (fires) {
    return {
      leadDays: fires.lead,
      dueAt: fires.dueAt,
      collapses: due.slice(0, -1).map((alert) => alert.lead),
    };
  }
  return { leadDays: remaining[0].lead, dueAt: remaining[0].dueAt, collapses: [] };
}
