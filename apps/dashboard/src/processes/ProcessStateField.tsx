import Typography from '@mui/material/Typography';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { describeState } from './describeState';

export const ProcessStateField = (props: FieldProps & { source: string }) => {
  const state = useFieldValue(props);
  const translate = useTranslate();
  return (
    <Typography component="span" variant="body2">
      {describeState(state, translate)}
    </Typography>
  );
};
