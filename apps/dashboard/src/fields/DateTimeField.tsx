import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { DATE_TIME } from './dates';

/** A timestamp in the user's language, on the council's clock (Europe/Berlin). */
export const DateTimeField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField showTime locales={locale} options={DATE_TIME} {...props} />;
};
