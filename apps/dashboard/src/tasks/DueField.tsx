import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import type { TaskRecord } from '../types';
import { isOverdue } from './isOverdue';

/** The due date, marked in words (not by colour alone) once it has passed. */
export const DueField = ({ now }: { now: number }) => {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!task?.dueAt) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <DateTimeField source="dueAt" />
      {isOverdue(task, now) && (
        <Chip
          size="small"
          color="error"
          label={translate('gremium.tasks.overdue')}
          sx={{ fontWeight: 600 }}
        />
      )}
    </Box>
  );
};
