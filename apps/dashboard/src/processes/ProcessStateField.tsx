import Typography from '@mui/material/Typography';
import { useRecordContext, type FieldProps } from 'react-admin';
import { useProcessLabels } from '../definitions/useLabels';
import type { ProcessRecord } from '../types';

/** The process's state in words from its definition's `stateLabels`. */
export const ProcessStateField = (_props: FieldProps) => {
  const process = useRecordContext<ProcessRecord>();
  const labels = useProcessLabels();
  if (!process) return null;
  return (
    <Typography component="span" variant="body2">
      {labels.describeState(process.definition, process.state)}
    </Typography>
  );
};
