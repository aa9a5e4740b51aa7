import DownloadIcon from '@mui/icons-material/Download';
import EventIcon from '@mui/icons-material/Event';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useRecordContext, useTranslate } from 'react-admin';
import type { MeetingRecord } from '../types';

/** The agenda and (once held) the minutes as PDF, and the meeting as an iCalendar file. */
export const MeetingDocuments = () => {
  const record = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const base = `/api/meetings/${encodeURIComponent(record.id)}`;
  const held = record.state === 'held' || record.state === 'minutesApproved';
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
      <Button variant="outlined" href={`${base}/agenda.pdf`} target="_blank" startIcon={<PictureAsPdfIcon />}>
        {translate('gremium.meeting_page.agenda_pdf')}
      </Button>
      {held && (
        <Button
          variant="outlined"
          href={`${base}/minutes.pdf`}
          target="_blank"
          startIcon={<PictureAsPdfIcon />}
        >
          {translate('gremium.meeting_page.minutes_pdf')}
        </Button>
      )}
      <Button
        variant="outlined"
        href={`${base}/invitation.ics`}
        download
        startIcon={<EventIcon />}
        endIcon={<DownloadIcon />}
      >
        {translate('gremium.meeting_page.ics')}
      </Button>
    </Box>
  );
};
