import { usePermissions } from 'react-admin';
import type { MeetingRecord } from '../types';

/**
 * What the dashboard offers on a meeting (the API checks again): the coordination office, or for a working
 * group's meeting its moderator, organises it; the group's members propose topics (R3).
 */
export function useMeetingRights(meeting: Pick<MeetingRecord, 'body' | 'workingGroupId'> | undefined) {
  const { permissions = [] } = usePermissions<string[]>();
  const group = meeting?.body === 'working-group' ? meeting.workingGroupId : null;
  const organiser =
    permissions.includes('coordination') || (group !== null && permissions.includes(`moderator:${group}`));
  const member = group !== null && permissions.includes(`member:${group}`);
  return { organiser, proposer: !organiser && member };
}

/** The agenda changes while the meeting is planned or invited (after the invitation: supplements). */
export const agendaOpen = (meeting: Pick<MeetingRecord, 'state'>) =>
  meeting.state === 'planned' || meeting.state === 'invited';

const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin' };

/** "Freitag, 26. März 2027, 10:00–12:00" on the council's clock, in the user's language. */
export function formatMeetingTime(start: string, end: string, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'Europe/Berlin' }).format(
    new Date(start),
  );
  const time = new Intl.DateTimeFormat(locale, TIME);
  return `${day}, ${time.format(new Date(start))}–${time.format(new Date(end))}`;
}

export const formatTime = (instant: string, locale: string) =>
  new Intl.DateTimeFormat(locale, TIME).format(new Date(instant));

/** The body's colour in calendars and chips (white text on each meets WCAG AA). */
export const BODY_COLOURS: Record<string, string> = {
  steering: '#1a5fb4',
  plenary: '#813d9c',
  'working-group': '#26703a',
};
