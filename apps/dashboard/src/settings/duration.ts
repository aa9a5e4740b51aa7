/** The rules of procedure's periods are ISO 8601 durations; the form asks for a number of days or weeks. */
export type DurationUnit = 'D' | 'W';

export interface SimpleDuration {
  amount: number;
  unit: DurationUnit;
}

export function parseSimpleDuration(value: string): SimpleDuration | null {
  const match = /^P(\d+)([DW])$/.exec(value);
  return match ? { amount: Number(match[1]), unit: match[2] as DurationUnit } : null;
}

export const formatSimpleDuration = ({ amount, unit }: SimpleDuration) => `P${amount}${unit}`;
