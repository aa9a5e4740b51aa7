import EditIcon from '@mui/icons-material/Edit';
import GavelIcon from '@mui/icons-material/Gavel';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { Link, useGetOne, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { AvailableCommand, ProcessRecord } from '../types';
import { CommandDialog } from './CommandDialog';

interface CommandPanelProps {
  /** The process; without it, the process in the record context. */
  processId?: string;
  /** Where the EDIT command is done: the record's own edit page rather than a dialog. */
  editPath?: string;
  /** Commands the page offers in its own form (e.g. the annual report's narrative editor). */
  hide?: readonly string[];
}

/** The commands the server offers this user now (`availableCommands`), one button each. */
export const CommandPanel = ({ processId, editPath, hide = [] }: CommandPanelProps) => {
  const contextRecord = useRecordContext<ProcessRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const headingId = useId();
  const [selected, setSelected] = useState<AvailableCommand | null>(null);
  const { data: fetched, isPending } = useGetOne<ProcessRecord>(
    'processes',
    { id: processId ?? '' },
    { enabled: processId !== undefined },
  );
  const process = processId === undefined ? contextRecord : fetched;
  const labelOf = (command: AvailableCommand) => command.labels?.[locale] ?? command.label;
  const commands = process?.availableCommands.filter((command) => !hide.includes(command.type)) ?? [];
  return (
    <Box component="section" aria-labelledby={headingId} sx={{ py: 2 }}>
      <Typography id={headingId} variant="h6" component="h2" gutterBottom>
        {translate('gremium.command_dialog.heading')}
      </Typography>
      {!process ? (
        isPending && <LinearProgress aria-label={translate('ra.page.loading')} />
      ) : commands.length === 0 ? (
        <Typography variant="body2">{translate('gremium.command_dialog.none')}</Typography>
      ) : (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {commands.map((command) =>
            command.type === 'EDIT' && editPath ? (
              <Button
                key={command.type}
                variant="outlined"
                component={Link}
                to={editPath}
                startIcon={<EditIcon />}
              >
                {labelOf(command)}
              </Button>
            ) : (
              <Button
                key={command.type}
                variant="contained"
                onClick={() => setSelected(command)}
                startIcon={command.final ? <GavelIcon /> : undefined}
              >
                {labelOf(command)}
              </Button>
            ),
          )}
        </Box>
      )}
      {process && selected && (
        <CommandDialog
          process={process}
          command={selected}
          label={labelOf(selected)}
          onClose={() => setSelected(null)}
        />
      )}
    </Box>
  );
};
