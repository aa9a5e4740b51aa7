import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import { Labeled, Show, useRecordContext } from 'react-admin';
import { CommandPanel } from '../commands/CommandPanel';
import { DateTimeField } from '../fields/DateTimeField';
import { TranslatedField } from '../fields/TranslatedField';
import type { ProcessRecord } from '../types';
import { ChainCheck } from './ChainCheck';
import { ProcessDiagram } from './ProcessDiagram';
import { ProcessHistory } from './ProcessHistory';
import { ProcessStateField } from './ProcessStateField';
import { ProcessSubject } from './ProcessSubject';
import { ProcessTitle } from './ProcessTitle';

const EDIT_PATHS: Record<string, string> = { recommendation: 'recommendations' };

const Commands = () => {
  const process = useRecordContext<ProcessRecord>();
  const resource = process ? EDIT_PATHS[process.definition] : undefined;
  return (
    <CommandPanel
      editPath={resource && process?.subjectId ? `/${resource}/${process.subjectId}/edit` : undefined}
    />
  );
};

/** State and facts, the commands, the diagram beside them, the history as a timeline below. */
export const ProcessShow = () => (
  <Show title={<ProcessTitle />}>
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 5fr) minmax(0, 6fr)' },
        gap: 3,
        p: 2,
      }}
    >
      <Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
          <Labeled source="state">
            <ProcessStateField source="state" />
          </Labeled>
          <Labeled source="status">
            <TranslatedField source="status" prefix="gremium.process_status" />
          </Labeled>
          <Labeled source="createdAt">
            <DateTimeField source="createdAt" />
          </Labeled>
          <Labeled source="updatedAt">
            <DateTimeField source="updatedAt" />
          </Labeled>
        </Box>
        <Box sx={{ mt: 2 }}>
          <ProcessSubject />
        </Box>
        <Divider sx={{ mt: 2 }} />
        <Commands />
      </Box>
      <ProcessDiagram />
    </Box>
    <Divider />
    <Box sx={{ px: 2 }}>
      <ProcessHistory />
      <ChainCheck />
    </Box>
  </Show>
);
