import type { AppointmentStatus } from './appointment.entity';

/** The appointment's status as the API shows it, read off the P3 state value. */
export function appointmentStatus(state: unknown): AppointmentStatus {
  if (typeof state === 'string') {
    switch (state) {
      case 'awaitingNomination':
      case 'nominated':
      case 'succeeded':
      case 'expired':
      case 'ended':
      case 'declined':
      case 'cancelled':
        return state;
      default:
        return 'awaitingNomination';
    }
  }
  const term = (state as { term?: unknown }).term;
  if (term === 'appointed') return 'appointed';
  const inOffice = (term as { inOffice?: unknown } | undefined)?.inOffice;
  return inOffice === 'active' ? 'active' : 'expiring';
}
