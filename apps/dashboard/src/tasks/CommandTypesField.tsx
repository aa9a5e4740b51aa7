import Typography from '@mui/material/Typography';
import { useRecordContext, useTranslate } from 'react-admin';
import type { TaskRecord } from '../types';

/**
 * The step awaited, and for a task per item (one forward per addressee) the item it is about:
 * "Weiterleitung erfassen: Stadtrat" (the API's label ends in the item's code).
 */
export const CommandTypesField = () => {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!task) return null;
  const steps = task.commandTypes
    .map((type) => translate(`gremium.commands.${type}`, { _: type }))
    .join(', ');
  const item = task.label?.includes(': ') ? task.label.slice(task.label.lastIndexOf(': ') + 2) : null;
  return (
    <Typography component="span" variant="body2">
      {item ? `${steps}: ${translate(`gremium.choices.addressee.${item}`, { _: item })}` : steps}
    </Typography>
  );
};
