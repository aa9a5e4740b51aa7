import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** A calendar date (`YYYY-MM-DD`) in the user's language; DateField keeps it from shifting by time zone. */
const CALENDAR: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

export const CalendarDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField locales={locale} options={CALENDAR} {...props} />;
};
