import DraftsIcon from '@mui/icons-material/Drafts';
import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import { Button, useNotify, useRecordContext, useUpdate } from 'react-admin';
import type { NotificationRecord } from '../types';

/** `PUT /api/notifications/:id {read}`: marks one notification read, or unread again. */
export const MarkReadButton = () => {
  const record = useRecordContext<NotificationRecord>();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  if (!record) return null;
  const read = record.readAt !== null;
  return (
    <Button
      label={read ? 'gremium.notifications.mark_unread' : 'gremium.notifications.mark_read'}
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        void update(
          'notifications',
          { id: record.id, data: { read: !read }, previousData: record },
          {
            mutationMode: 'pessimistic',
            onError: (error) => notify((error as Error).message, { type: 'error' }),
          },
        );
      }}
    >
      {read ? <MarkEmailUnreadIcon /> : <DraftsIcon />}
    </Button>
  );
};
