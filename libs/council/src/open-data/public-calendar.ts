import { buildCalendar } from '../meetings/meeting-ical';
import { icalUidOf } from '../meetings/meeting.entity';
import { isGone, type OpenData } from './open-data.types';

/** The public meetings as an iCalendar feed (RFC 5545, PUBLISH): the same UIDs as the invitations. */
export function publicCalendar(data: OpenData): string {
  const events = data.meetings.flatMap((meeting) => {
    if (isGone(meeting)) return [];
    const lines = meeting.agenda.map((item) => `TOP ${item.order}: ${item.name}`);
    return [
      {
        uid: icalUidOf(meeting.id),
        sequence: meeting.sequence,
        start: meeting.start,
        end: meeting.end,
        summary: meeting.name,
        description: lines.length ? `Tagesordnung:\n${lines.join('\n')}` : undefined,
        location: meeting.location,
        cancelled: meeting.state === 'cancelled',
      },
    ];
  });
  return buildCalendar('PUBLISH', 'Präventionsrat – öffentliche Sitzungen', events);
}
