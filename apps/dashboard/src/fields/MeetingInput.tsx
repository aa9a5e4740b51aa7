import { ReferenceInput, SelectInput, useLocaleState, type Validator } from 'react-admin';
import { berlinToday, formatDate } from './dates';

interface MeetingInputProps {
  source: string;
  label: string;
  filter: Record<string, unknown>;
  validate?: Validator[];
  helperText?: string | false;
  defaultValue?: unknown;
}

interface Meeting {
  id: string;
  title: string;
  date: string;
}

/**
 * A meeting of the body that decided, held by today (the API refuses later ones), the latest first:
 * "Vollversammlung 2027 · 28.01.2027".
 */
export const MeetingInput = ({
  source,
  label,
  filter,
  validate,
  helperText,
  defaultValue,
}: MeetingInputProps) => {
  const [locale] = useLocaleState();
  return (
    <ReferenceInput
      source={source}
      reference="meetings"
      filter={{ ...filter, until: berlinToday() }}
      sort={{ field: 'date', order: 'DESC' }}
      perPage={100}
    >
      <SelectInput
        label={label}
        validate={validate}
        helperText={helperText}
        defaultValue={defaultValue}
        optionText={(meeting: Meeting) => `${meeting.title} · ${formatDate(meeting.date, locale)}`}
        fullWidth
      />
    </ReferenceInput>
  );
};
