import Typography from '@mui/material/Typography';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { TaskRecord } from '../types';

/** The body (Steuerungsgruppe, Vollversammlung, Koordinierungsstelle) or the person a task waits on. */
export const AwaitingField = ({ link = true }: { link?: boolean }) => {
  const task = useRecordContext<TaskRecord>();
  const translate = useTranslate();
  if (!task) return null;
  const { awaiting } = task;
  if ('body' in awaiting) {
    return (
      <Typography component="span" variant="body2">
        {translate(`gremium.bodies.${awaiting.body}`, { _: awaiting.body })}
      </Typography>
    );
  }
  return (
    <ReferenceField
      record={{ id: task.id, personId: awaiting.personId }}
      source="personId"
      reference="people"
      link={link ? 'show' : false}
    />
  );
};
