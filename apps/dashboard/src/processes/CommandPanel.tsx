import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { AvailableCommand, ProcessRecord } from '../types';
import { CommandDialog } from './CommandDialog';

/** The commands the server offers this user now, one button each. */
export const CommandPanel = () => {
  const process = useRecordContext<ProcessRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [selected, setSelected] = useState<AvailableCommand | null>(null);
  if (!process) return null;
  const labelOf = (command: AvailableCommand) => command.labels?.[locale] ?? command.label;
  return (
    <Box component="section" aria-labelledby="process-commands" sx={{ p: 2 }}>
      <Typography id="process-commands" variant="h6" component="h2" gutterBottom>
        {translate('gremium.command_dialog.heading')}
      </Typography>
      {process.availableCommands.length === 0 ? (
        <Typography variant="body2">{translate('gremium.command_dialog.none')}</Typography>
      ) : (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {process.availableCommands.map((command) => (
            <Button key={command.type} variant="contained" onClick={() => setSelected(command)}>
              {labelOf(command)}
            </Button>
          ))}
        </Box>
      )}
      {selected && (
        <CommandDialog
          process={process}
          type={selected.type}
          label={labelOf(selected)}
          onClose={() => setSelected(null)}
        />
      )}
    </Box>
  );
};
