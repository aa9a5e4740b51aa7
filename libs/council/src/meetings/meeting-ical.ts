import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';

export const MEETING_TIME_ZONE = 'Europe/Berlin';

export interface CalendarEvent {
  uid: string;
  sequence: number;
  start: Date;
  end: Date;
  /** All-day events (a term's last day, a review deadline) use calendar dates only. */
  allDay?: boolean;
  summary: string;
  description?: string;
  location?: string | null;
  url?: string | null;
  cancelled?: boolean;
  organizer?: { name: string; email: string } | null;
  attendees?: { name: string; email: string }[];
}

const berlin = (instant: Date) => DateTime.fromJSDate(instant, { zone: MEETING_TIME_ZONE });

/**
 * An iCalendar object (RFC 5545): times with TZID=Europe/Berlin and its VTIMEZONE, stable UIDs, SEQUENCE.
 * `method` REQUEST/CANCEL makes it an iTIP message (RFC 5546, invitations); PUBLISH a feed.
 */
export function buildCalendar(
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH',
  name: string,
  events: readonly CalendarEvent[],
): string {
  const calendar = ical({
    name,
    prodId: { company: 'Präventionsrat', product: 'Gremium', language: 'DE' },
    method: ICalCalendarMethod[method],
    timezone: { name: MEETING_TIME_ZONE, generator: getVtimezoneComponent },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: berlin(event.start),
      end: berlin(event.end),
      allDay: event.allDay ?? false,
      timezone: event.allDay ? null : MEETING_TIME_ZONE,
      summary: event.summary,
      description: event.description ?? null,
      location: event.location ?? null,
      url: event.url ?? null,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: event.organizer ?? null,
      attendees: (event.attendees ?? []).map((attendee) => ({ ...attendee, rsvp: true })),
    });
  }
  return calendar.toString();
}
