import SendIcon from '@mui/icons-material/Send';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import {
  Form,
  HttpError,
  NumberInput,
  SaveButton,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  required,
  useDataProvider,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { GremiumDataProvider } from '../providers/dataProvider';
import type { ProcessRecord } from '../types';
import {
  allVotesOrNone,
  commandFormFor,
  jsonObject,
  payloadOf,
  wholeNumber,
  type CommandForm,
} from './commandForms';
import { RefusalAlert, type Refusal } from './RefusalAlert';

interface CommandDialogProps {
  process: ProcessRecord;
  type: string;
  label: string;
  onClose: () => void;
}

const voteValidators = [minValue(0), wholeNumber, allVotesOrNone];

const VoteInput = ({ source, label }: { source: string; label: string }) => (
  <NumberInput
    source={source}
    label={label}
    min={0}
    step={1}
    validate={voteValidators}
    fullWidth={false}
    sx={{ flex: '1 1 8rem' }}
  />
);

const CommandFields = ({ form }: { form: CommandForm }) => {
  const translate = useTranslate();
  switch (form.kind) {
    case 'decision':
      return (
        <>
          <SelectInput
            source="decision"
            label="gremium.command_dialog.decision"
            choices={form.choices.map((id) => ({ id, name: `gremium.decisions.${id}` }))}
            validate={required()}
            fullWidth
          />
          <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
            <Typography component="legend" variant="subtitle2">
              {translate('gremium.command_dialog.votes')}
            </Typography>
            <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
              <VoteInput source="votes.yes" label="gremium.command_dialog.yes" />
              <VoteInput source="votes.no" label="gremium.command_dialog.no" />
              <VoteInput source="votes.abstain" label="gremium.command_dialog.abstain" />
            </Box>
          </Box>
          <TextInput
            source="note"
            label="gremium.command_dialog.note"
            validate={maxLength(2000)}
            multiline
            fullWidth
          />
        </>
      );
    case 'reason':
      return (
        <TextInput
          source="reason"
          label="gremium.command_dialog.reason"
          validate={[required(), maxLength(2000)]}
          multiline
          minRows={3}
          fullWidth
        />
      );
    case 'json':
      return (
        <TextInput
          source="payload"
          label="gremium.command_dialog.payload"
          helperText="gremium.command_dialog.payload_help"
          validate={[required(), jsonObject]}
          multiline
          minRows={4}
          fullWidth
        />
      );
  }
};

/** Collects a command's payload and sends it; a refusal stays in the dialog with the server's reason. */
export const CommandDialog = ({ process, type, label, onClose }: CommandDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<GremiumDataProvider>();
  const titleId = useId();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const form = commandFormFor(process.definition, type);

  const send = async (values: Record<string, unknown>) => {
    setRefusal(null);
    try {
      const outcome = await dataProvider.sendCommand(process.id, { type, payload: payloadOf(form, values) });
      if (outcome.status === 'rejected') {
        setRefusal({ message: outcome.reason ?? '', details: { code: outcome.code } });
        refresh();
        return;
      }
      notify(`gremium.command_dialog.${outcome.status}`, {
        type: outcome.status === 'applied' ? 'success' : 'info',
        messageArgs: { command: label },
      });
      refresh();
      onClose();
    } catch (error) {
      const body: unknown = error instanceof HttpError ? error.body : undefined;
      const details =
        typeof body === 'object' && body !== null ? (body as { details?: unknown }).details : undefined;
      setRefusal({ message: error instanceof Error ? error.message : String(error), details });
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Form onSubmit={send} noValidate>
        <DialogTitle id={titleId}>{label}</DialogTitle>
        <DialogContent>
          {refusal && <RefusalAlert refusal={refusal} />}
          <CommandFields form={form} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <SaveButton label="gremium.command_dialog.send" icon={<SendIcon />} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
