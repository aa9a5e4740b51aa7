import SendIcon from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import { useId, useMemo, useRef, useState } from 'react';
import {
  Confirm,
  Form,
  HttpError,
  RecordContextProvider,
  SaveButton,
  useDataProvider,
  useNotify,
  useRefresh,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import type { GremiumDataProvider } from '../providers/dataProvider';
import type { AvailableCommand, ProcessRecord } from '../types';
import { PayloadFields } from './PayloadFields';
import { fieldErrorsOf, planFields, toPayload } from './payload';
import { wordKey, wordProblem } from './problem-message';
import { RefusalAlert, type Refusal } from './RefusalAlert';

const NO_RECORD = {};

interface CommandDialogProps {
  process: Pick<ProcessRecord, 'id' | 'definition' | 'context'>;
  command: AvailableCommand;
  label: string;
  onClose: () => void;
}

/**
 * Collects a command's payload with a form built from its schema and sends it. Final decisions are
 * confirmed first; a refusal stays in the dialog with the server's reason and marks the fields it names.
 */
export const CommandDialog = ({ process, command, label, onClose }: CommandDialogProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<GremiumDataProvider>();
  const labels = useProcessLabels();
  const titleId = useId();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [confirming, setConfirming] = useState(false);
  const answer = useRef<(confirmed: boolean) => void>(() => undefined);
  const spec = labels.command(process.definition, command.type);
  const plan = useMemo(
    () => (spec ? planFields(command.type, spec.payloadSchema, process.context) : []),
    [spec, command.type, process.context],
  );
  const final = command.final ?? spec?.final ?? false;

  const confirmed = () =>
    new Promise<boolean>((resolve) => {
      answer.current = (value) => {
        setConfirming(false);
        resolve(value);
      };
      setConfirming(true);
    });

  const send = async (values: Record<string, unknown>) => {
    setRefusal(null);
    if (final && !(await confirmed())) return undefined;
    try {
      const outcome = await dataProvider.sendCommand(process.id, {
        type: command.type,
        payload: toPayload(plan, values),
      });
      if (outcome.status === 'rejected') {
        // Decided by the worker after the API's wait: worded from its key like an immediate refusal.
        const message = wordKey(outcome.key, outcome.params, outcome.reason ?? '', translate, locale);
        setRefusal({ message, details: outcome.details ?? { code: outcome.code } });
        refresh();
        return fieldErrorsOf(outcome.details, plan, (problem) => wordProblem(problem, translate, locale));
      }
      const state = outcome.status === 'applied' && outcome.process ? outcome.process.state : undefined;
      notify(`gremium.command_dialog.${outcome.status}`, {
        type: outcome.status === 'applied' ? 'success' : 'info',
        messageArgs: {
          command: label,
          state: state === undefined ? '' : labels.describeState(process.definition, state),
        },
      });
      refresh();
      onClose();
      return undefined;
    } catch (error) {
      const body: unknown = error instanceof HttpError ? error.body : undefined;
      const details =
        typeof body === 'object' && body !== null ? (body as { details?: unknown }).details : undefined;
      setRefusal({ message: error instanceof Error ? error.message : String(error), details });
      return fieldErrorsOf(details, plan, (problem) => wordProblem(problem, translate, locale));
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      {/* A command's payload never starts from the page's record (a recommendation's `votes` list is not a
          meeting's vote counts): the form and its inputs see no record at all. */}
      <RecordContextProvider value={undefined}>
        <Form onSubmit={send} noValidate record={NO_RECORD}>
          <DialogTitle id={titleId}>{label}</DialogTitle>
          <DialogContent>
            {refusal && <RefusalAlert refusal={refusal} definition={process.definition} />}
            {!spec && !labels.definitions ? (
              <LinearProgress aria-label={translate('ra.page.loading')} />
            ) : !spec ? (
              <Alert severity="error">{translate('gremium.command_dialog.unknown')}</Alert>
            ) : (
              <>
                {final && (
                  <Alert severity="info" sx={{ mb: 1 }}>
                    {translate('gremium.command_dialog.final_hint')}
                  </Alert>
                )}
                <PayloadFields plan={plan} />
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
            <SaveButton label="gremium.command_dialog.send" icon={<SendIcon />} alwaysEnable={!!spec} />
          </DialogActions>
        </Form>
      </RecordContextProvider>
      <Confirm
        isOpen={confirming}
        title="gremium.command_dialog.confirm_title"
        content="gremium.command_dialog.confirm_content"
        translateOptions={{ command: label }}
        confirm="gremium.command_dialog.confirm"
        onConfirm={() => answer.current(true)}
        onClose={() => answer.current(false)}
      />
    </Dialog>
  );
};
