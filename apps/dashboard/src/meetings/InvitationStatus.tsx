import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useGetMany, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../fields/dates';
import type { MeetingRecord } from '../types';

/** Per invitee: the latest message (invitation, update, cancellation), when, and whether its e-mail went out. */
export const InvitationStatus = () => {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const invitations = record?.invitations ?? [];
  const { data: people = [] } = useGetMany(
    'people',
    { ids: invitations.map((invitation) => invitation.personId) },
    { enabled: invitations.length > 0 },
  );
  if (!record) return null;
  const names = new Map(people.map((person) => [person.id, String(person.name)]));
  return (
    <Box component="section" aria-labelledby="invitations-heading">
      <Typography id="invitations-heading" variant="h6" component="h2" gutterBottom>
        {translate('gremium.meeting_page.invitations')}
      </Typography>
      {invitations.length === 0 ? (
        <Typography variant="body2">{translate('gremium.meeting_page.not_invited')}</Typography>
      ) : (
        <Box component="ul" sx={{ pl: 2, m: 0 }}>
          {invitations.map((invitation) => (
            <Box component="li" key={invitation.personId} sx={{ mb: 0.5, overflowWrap: 'anywhere' }}>
              <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
                {names.get(invitation.personId) ?? '…'}
              </Typography>
              <Typography variant="body2" component="span">
                {' · '}
                {translate(`gremium.notification_kinds.${invitation.kind}`, { _: invitation.kind })}{' '}
                {translate('gremium.meeting_page.sent_at', {
                  date: formatDateTime(invitation.sentAt, locale),
                })}
                {' · '}
                {!invitation.email
                  ? translate('gremium.meeting_page.no_email')
                  : invitation.mailedAt
                    ? translate('gremium.meeting_page.mailed_at', {
                        date: formatDateTime(invitation.mailedAt, locale),
                      })
                    : translate('gremium.meeting_page.mail_pending')}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};
