import { useTranslate } from 'react-admin';
import { parseSimpleDuration } from './duration';

/** A period of the rules of procedure in words (6 Wochen); one the form cannot ask for stays as written. */
export const PeriodText = ({ value }: { value: string }) => {
  const translate = useTranslate();
  const simple = parseSimpleDuration(value);
  return (
    <>
      {simple
        ? translate(simple.unit === 'D' ? 'gremium.settings.n_days' : 'gremium.settings.n_weeks', {
            smart_count: simple.amount,
          })
        : value}
    </>
  );
};
