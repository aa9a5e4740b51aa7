import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingGroup } from '../working-groups/working-group.entity';
import { BODY_LABELS, formatGermanDate } from '../shared/german-labels';
import { addDays, formatCalendarDate } from '../terms/calendar-date';
import { Meeting, type MeetingBody } from './meeting.entity';

/** R4, R5, R8: regular meetings a year. */
const REQUIRED: Record<MeetingBody, number> = { plenary: 1, steering: 4, 'working-group': 4 };

export interface CadenceBody {
  body: MeetingBody;
  workingGroupId?: string;
  required: number;
  planned: number;
  held: number;
}

export interface CadenceWarning {
  code: 'too-few-meetings' | 'no-steering-meeting' | 'working-group-before-steering';
  message: string;
  quarter?: number;
  meetingIds: string[];
}

export interface Cadence {
  year: number;
  bodies: CadenceBody[];
  warnings: CadenceWarning[];
}

/** The first day of quarter `quarter` (1–4) of `year`, and the first day of the next one. */
export function quarterBounds(year: number, quarter: number): { from: string; to: string } {
  const from = formatCalendarDate(year, 3 * (quarter - 1) + 1, 1);
  const to =
    quarter === 4 ? formatCalendarDate(year + 1, 1, 1) : formatCalendarDate(year, 3 * quarter + 1, 1);
  return { from, to };
}

/** The day the coordination office is warned when a quarter has no steering meeting: 6 weeks before its end. */
export const quarterCheckDay = (year: number, quarter: number) =>
  addDays(quarterBounds(year, quarter).to, -42);

const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
const HELD = new Set(['held', 'minutesApproved']);

/**
 * The council's meeting rhythm in a year (R4, R5, R8): regular meetings of each body against what is
 * required, and the warnings (never refusals): too few meetings, a quarter without a steering meeting, a
 * working group meeting in a quarter before that quarter's steering meeting.
 */
export async function cadenceOf(em: EntityManager, year: number): Promise<Cadence> {
  const from = formatCalendarDate(year, 1, 1);
  const to = formatCalendarDate(year + 1, 1, 1);
  const meetings = await em.find(
    Meeting,
    { date: { $gte: from, $lt: to }, kind: 'regular', state: { $ne: 'cancelled' } },
    { orderBy: { start: 'asc', id: 'asc' } },
  );
  const groups = await em.find(
    WorkingGroup,
    { foundedAt: { $lt: to }, $or: [{ dissolvedAt: null }, { dissolvedAt: { $gte: from } }] },
    { orderBy: { name: 'asc' } },
  );
  const count = (body: MeetingBody, workingGroupId: string | null): CadenceBody => {
    const own = meetings.filter((m) => m.body === body && m.workingGroupId === workingGroupId);
    return {
      body,
      ...(workingGroupId ? { workingGroupId } : {}),
      required: REQUIRED[body],
      planned: own.filter((m) => !HELD.has(m.state)).length,
      held: own.filter((m) => HELD.has(m.state)).length,
    };
  };
  const bodies = [
    count('plenary', null),
    count('steering', null),
    ...groups.map((group) => count('working-group', group.id)),
  ];
  const names = new Map(groups.map((group) => [group.id, group.name]));
  const warnings: CadenceWarning[] = [];
  for (const entry of bodies) {
    if (entry.planned + entry.held >= entry.required) continue;
    const who = entry.workingGroupId
      ? `Die Arbeitsgruppe „${names.get(entry.workingGroupId)}“`
      : `Die ${BODY_LABELS[entry.body]}`;
    warnings.push({
      code: 'too-few-meetings',
      message: `${who} hat ${year} ${entry.planned + entry.held} von ${entry.required} regulären Sitzungen.`,
      meetingIds: meetings
        .filter((m) => m.body === entry.body && m.workingGroupId === (entry.workingGroupId ?? null))
        .map((m) => m.id),
    });
  }
  for (let quarter = 1; quarter <= 4; quarter++) {
    const inQuarter = meetings.filter((m) => quarterOf(m.date) === quarter);
    const steering = inQuarter.find((m) => m.body === 'steering');
    if (!steering) {
      warnings.push({
        code: 'no-steering-meeting',
        message: `Im ${quarter}. Quartal ${year} ist keine Sitzung der Steuerungsgruppe geplant.`,
        quarter,
        meetingIds: [],
      });
      continue;
    }
    const early = inQuarter.filter((m) => m.body === 'working-group' && m.start < steering.start);
    for (const meeting of early) {
      warnings.push({
        code: 'working-group-before-steering',
        message:
          `Die Arbeitsgruppe „${names.get(meeting.workingGroupId ?? '') ?? '?'}“ tagt am ${formatGermanDate(meeting.date)}, ` +
          `vor der Steuerungsgruppe (${formatGermanDate(steering.date)}) im ${quarter}. Quartal (R5).`,
        quarter,
        meetingIds: [meeting.id, steering.id],
      });
    }
  }
  return { year, bodies, warnings };
}
