import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';
import { api } from '../providers/http';
import type { Publication } from '../types';

const MAX_REASON = 1000;

interface WithholdDialogProps {
  /** `meetings/:id/publication` or `recommendations/:id/publication`. */
  path: string;
  onClose: () => void;
  onWithheld: (publication: Publication) => void;
}

/** Asks the coordination office why the item is kept from publication (required), then withholds it. */
export const WithholdDialog = ({ path, onClose, onWithheld }: WithholdDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const helpId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setMissing(true);
    setBusy(true);
    setProblem(null);
    try {
      onWithheld((await api<Publication>(path, { method: 'PUT', body: { withheld: true, reason } })).body);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      aria-describedby={helpId}
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('gremium.publication.withhold_title')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <DialogContentText id={helpId}>{translate('gremium.publication.withhold_help')}</DialogContentText>
          {problem && <Alert severity="error">{problem}</Alert>}
          <TextField
            label={translate('gremium.publication.reason')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setMissing(false);
            }}
            required
            multiline
            minRows={3}
            error={missing}
            helperText={missing ? translate('gremium.errors.publication.reason_required') : undefined}
            slotProps={{ htmlInput: { maxLength: MAX_REASON } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {translate('gremium.publication.withhold')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
