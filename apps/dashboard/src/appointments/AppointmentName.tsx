import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../fields/dates';
import type { AppointmentRecord } from '../types';

/** A term as the breadcrumbs and references name it: its seat and its first day ("Polizeiinspektion, ab 01.03.2027"). */
export const AppointmentName = () => {
  const record = useRecordContext<AppointmentRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const seat = translate(`gremium.seats.${record.seat}`);
  return (
    <>
      {record.termStart
        ? `${seat}, ${translate('gremium.terms.from', { date: formatDate(record.termStart, locale) })}`
        : seat}
    </>
  );
};
