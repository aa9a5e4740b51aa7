import Typography from '@mui/material/Typography';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

interface TranslatedFieldProps extends FieldProps {
  source: string;
  /** Message key prefix; the value is appended, and shown as is when there is no message. */
  prefix: string;
}

/** A coded value (status, kind, definition key) in the user's language. */
export const TranslatedField = ({ prefix, ...props }: TranslatedFieldProps) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  if (typeof value !== 'string') return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`${prefix}.${value}`, { _: value })}
    </Typography>
  );
};
