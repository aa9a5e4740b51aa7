import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { HttpError, useNotify, useTranslate } from 'react-admin';
import { api } from '../providers/http';

const MIN_LENGTH = 12;

/** Why the server refused, as a message key (codes from the API's error details). */
function refusalKey(error: unknown): string {
  if (!(error instanceof HttpError)) return 'gremium.account.wrong_current';
  const code = (error.body as { details?: { code?: string } } | undefined)?.details?.code;
  if (error.status === 429) return 'gremium.login.rate_limited';
  if (error.status === 400) return 'gremium.account.too_short';
  return code === 'WRONG_PASSWORD' ? 'gremium.account.wrong_current' : 'gremium.login.failed';
}

/** Any logged-in user changes their own password (the current one is required; other sessions end). */
export const ChangePasswordDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setProblem(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next.length < MIN_LENGTH) return setProblem('gremium.account.too_short');
    if (next !== repeat) return setProblem('gremium.account.mismatch');
    setBusy(true);
    try {
      await api('auth/password', { method: 'PUT', body: { currentPassword: current, newPassword: next } });
      notify('gremium.account.changed', { type: 'success' });
      close();
    } catch (error) {
      setProblem(refusalKey(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('gremium.account.change_password')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: 1 }}>
          {problem && <Alert severity="error">{translate(problem)}</Alert>}
          <TextField
            type="password"
            label={translate('gremium.account.current_password')}
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
            required
            margin="dense"
          />
          <TextField
            type="password"
            label={translate('gremium.account.new_password')}
            helperText={translate('gremium.account.new_password_help')}
            autoComplete="new-password"
            value={next}
            onChange={(event) => setNext(event.target.value)}
            required
          />
          <TextField
            type="password"
            label={translate('gremium.account.repeat_password')}
            autoComplete="new-password"
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
            required
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy || current === ''}>
            {translate('gremium.account.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
