import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { Labeled, ReferenceField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { MeetingRecord } from '../types';
import { BODY_COLOURS, formatMeetingTime } from './meetingRights';

/** Which body meets when and where, and how far the meeting is (P8 state). */
export const MeetingFacts = () => {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box component="section" aria-label={translate('gremium.meeting_page.facts')}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 1 }}>
        <Chip
          label={translate(`gremium.bodies.${record.body}`)}
          sx={{ bgcolor: BODY_COLOURS[record.body], color: '#fff' }}
        />
        <Chip
          variant="outlined"
          label={translate(`gremium.meeting_states.${record.state}`)}
          color={record.state === 'cancelled' ? 'error' : 'default'}
        />
        <Chip variant="outlined" label={translate(`gremium.meeting_kinds.${record.kind}`)} />
      </Box>
      <Typography variant="h6" component="p" sx={{ overflowWrap: 'anywhere' }}>
        {formatMeetingTime(record.start, record.end, locale)}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, mt: 1 }}>
        {record.workingGroupId && (
          <Labeled source="workingGroupId">
            <ReferenceField source="workingGroupId" reference="working-groups" link="show" />
          </Labeled>
        )}
        <Labeled source="location">
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {record.location}
          </Typography>
        </Labeled>
        {record.onlineUrl && (
          <Labeled source="onlineUrl">
            <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              <a href={record.onlineUrl} target="_blank" rel="noreferrer">
                {record.onlineUrl}
              </a>
            </Typography>
          </Labeled>
        )}
        {record.invitedAt && (
          <Labeled source="invitedAt">
            <DateTimeField source="invitedAt" />
          </Labeled>
        )}
      </Box>
    </Box>
  );
};
