import AttachFileIcon from '@mui/icons-material/AttachFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import Typography from '@mui/material/Typography';
import { useId, useState, type ChangeEvent } from 'react';
import { useInput, useNotify, useTranslate, type Validator } from 'react-admin';
import { uploadFile } from '../providers/http';

/**
 * A command's `fileId` (e.g. the document of an addressee's answer): the chosen file is uploaded at once
 * (POST /api/files) and its id becomes the value; the command attaches it.
 */
export const FileIdInput = ({
  source,
  label,
  helperText,
  validate,
}: {
  source: string;
  label: string;
  helperText: string | false;
  validate?: Validator[];
}) => {
  const { field } = useInput({ source, validate });
  const translate = useTranslate();
  const notify = useNotify();
  const inputId = useId();
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const stored = await uploadFile<{ id: string; name: string }>(file);
      field.onChange(stored.id);
      setName(stored.name);
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box sx={{ my: 1 }}>
      <Typography variant="subtitle2" component="p">
        {label} {translate('gremium.command_dialog.optional')}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Button
          component="label"
          htmlFor={inputId}
          variant="outlined"
          startIcon={<AttachFileIcon />}
          disabled={busy}
        >
          {translate(name ? 'gremium.files.replace' : 'gremium.files.choose')}
          <input
            id={inputId}
            type="file"
            hidden
            accept=".pdf,.odt,.ods,.docx,.xlsx,.png,.jpg,.jpeg"
            onChange={(event) => void choose(event)}
          />
        </Button>
        <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
          {name ?? translate('gremium.files.none_chosen')}
        </Typography>
      </Box>
      {helperText && <FormHelperText>{helperText}</FormHelperText>}
    </Box>
  );
};
