import { AutocompleteInput, useGetList, useGetMany, type RaRecord, type Validator } from 'react-admin';
import { berlinToday } from './dates';

interface GroupMemberInputProps {
  source: string;
  label: string;
  workingGroupId: string;
  validate?: Validator[];
  helperText?: string | false;
  defaultValue?: unknown;
}

interface Membership extends RaRecord {
  personId: string;
  from: string;
  to: string | null;
}

/** R3: a group chooses its moderator from its own current members, so only they are offered. */
export const GroupMemberInput = ({
  workingGroupId,
  source,
  label,
  validate,
  helperText,
}: GroupMemberInputProps) => {
  const today = berlinToday();
  const { data: memberships = [], isPending } = useGetList<Membership>(
    'memberships',
    {
      filter: { workingGroupId },
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'from', order: 'ASC' },
    },
    { enabled: workingGroupId !== '' },
  );
  const ids = [
    ...new Set(
      memberships.filter((m) => m.from <= today && (m.to === null || m.to >= today)).map((m) => m.personId),
    ),
  ];
  const { data: people = [] } = useGetMany<RaRecord & { name: string }>(
    'people',
    { ids },
    { enabled: ids.length > 0 },
  );
  const choices = people
    .map((person) => ({ id: person.id, name: person.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return (
    <AutocompleteInput
      source={source}
      label={label}
      choices={choices}
      isPending={isPending}
      validate={validate}
      helperText={helperText}
      fullWidth
    />
  );
};
