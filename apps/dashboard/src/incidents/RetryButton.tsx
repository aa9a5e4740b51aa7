import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import { Button, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { api } from '../providers/http';

interface IncidentRecord {
  id: string;
}

/** `POST /api/incidents/:id/retry`: tries the failed command or timer again at once. */
export const RetryButton = () => {
  const record = useRecordContext<IncidentRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  if (!record) return null;
  return (
    <Button
      label="gremium.incidents.retry"
      disabled={pending}
      onClick={(event) => {
        event.stopPropagation();
        setPending(true);
        api(`incidents/${encodeURIComponent(record.id)}/retry`, { method: 'POST' })
          .then(() => notify('gremium.incidents.retried', { type: 'info' }))
          .catch((error: Error) => notify(error.message, { type: 'error' }))
          .finally(() => {
            setPending(false);
            refresh();
          });
      }}
    >
      <ReplayIcon />
    </Button>
  );
};
