import DeleteForeverIcon from '@mui/icons-material/DeleteForever';
import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import {
  Button,
  Confirm,
  EditButton,
  HttpError,
  TopToolbar,
  useCanAccess,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { api } from '../providers/http';

interface Blocker {
  kind: 'steering-seat' | 'appointment' | 'membership';
  description: string;
}

/** DSGVO: the export of everything about the person (Art. 15) and the erasure (Art. 17), for the office. */
export const PersonActions = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const record = useRecordContext<{ id: string; name: string; erasedAt: string | null }>();
  const { canAccess } = useCanAccess({ resource: 'people', action: 'edit' });
  const [confirming, setConfirming] = useState(false);
  if (!record) return null;

  const download = async () => {
    const { body } = await api<unknown>(`people/${record.id}/export`);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
    link.download = `auskunft-${record.id}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const erase = async () => {
    setConfirming(false);
    try {
      const { body } = await api<{ name: string }>(`people/${record.id}/erase`, { method: 'POST' });
      notify('gremium.privacy.erased', { type: 'success', messageArgs: { name: body.name } });
      refresh();
    } catch (error) {
      const blockers =
        error instanceof HttpError && error.status === 409
          ? ((error.body as { details?: { blockers?: Blocker[] } }).details?.blockers ?? [])
          : [];
      notify(
        blockers.length > 0
          ? translate('gremium.privacy.blocked', {
              roles: blockers.map((b) => translate(`gremium.privacy.blocker.${b.kind}`)).join(', '),
            })
          : error instanceof Error
            ? error.message
            : String(error),
        { type: 'error' },
      );
    }
  };

  return (
    <TopToolbar>
      {canAccess && !record.erasedAt && <EditButton />}
      {canAccess && (
        <Button label="gremium.privacy.export" onClick={() => void download()}>
          <DownloadIcon />
        </Button>
      )}
      {canAccess && !record.erasedAt && (
        <Button label="gremium.privacy.erase" color="error" onClick={() => setConfirming(true)}>
          <DeleteForeverIcon />
        </Button>
      )}
      <Confirm
        isOpen={confirming}
        title="gremium.privacy.erase_title"
        content="gremium.privacy.erase_content"
        translateOptions={{ name: record.name }}
        onConfirm={() => void erase()}
        onClose={() => setConfirming(false)}
      />
    </TopToolbar>
  );
};
