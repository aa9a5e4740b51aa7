import Alert from '@mui/material/Alert';
import { Link, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../fields/dates';
import type { SignedOff } from '../types';

const OUTCOME_VOTE: Record<string, string> = {
  endorsed: 'approve',
  approved: 'approve',
  rejected: 'reject',
  returned: 'return',
};

/**
 * How the steering group decided: by sign-off, the vote that reached the threshold and the seats occupied
 * then; at a meeting, the meeting (a link) and its count of votes.
 */
export const DecisionExplanation = ({ record }: { record: SignedOff }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const decision = record.decision;
  const { data: meeting } = useGetOne<{ id: string; title: string; date: string }>(
    'meetings',
    { id: decision?.meetingId ?? '' },
    { enabled: Boolean(decision?.meetingId) },
  );
  if (!decision) return null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(
    decision.at,
  );
  const outcome = translate(`gremium.states.${decision.outcome}`);
  if (decision.via === 'meeting') {
    return (
      <Alert severity="info" icon={false} sx={{ mb: 1 }} aria-label={translate('gremium.decision.heading')}>
        {translate('gremium.decision.at_meeting', { outcome })}{' '}
        {decision.meetingId && (
          <Link to={`/meetings/${decision.meetingId}/show`}>
            {meeting ? `${meeting.title} (${formatDate(meeting.date, locale)})` : '…'}
          </Link>
        )}
        .{' '}
        {decision.votes
          ? translate('gremium.decision.meeting_votes', decision.votes)
          : translate('gremium.decision.no_count')}
      </Alert>
    );
  }
  const vote = OUTCOME_VOTE[decision.outcome];
  const count = record.votes.filter((cast) => cast.vote === vote).length;
  return (
    <Alert severity="info" icon={false} sx={{ mb: 1 }} aria-label={translate('gremium.decision.heading')}>
      {translate('gremium.decision.by_sign_off', {
        date,
        outcome,
        vote: translate(`gremium.choices.vote.${vote}`),
        count,
      })}
      {decision.threshold !== undefined &&
        ` ${translate('gremium.decision.threshold', {
          threshold: decision.threshold,
          occupied: decision.occupied ?? 0,
        })}`}
    </Alert>
  );
};
