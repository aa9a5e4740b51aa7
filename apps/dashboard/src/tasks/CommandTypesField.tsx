import Typography from '@mui/material/Typography';
import { useRecordContext, useTranslate } from 'react-admin';
import type { TaskRecord } from '../types';

export const CommandTypesField = () => {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!task) return null;
  return (
    <Typography component="span" variant="body2">
      {task.commandTypes.map((type) => translate(`gremium.commands.${type}`, { _: type })).join(', ')}
    </Typography>
  );
};
