import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  maxLength,
  minLength,
  minValue,
  required,
  useLocaleState,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { FileIdInput } from '../files/FileIdInput';
import { MeetingInput } from '../fields/MeetingInput';
import { GroupMemberInput } from '../fields/GroupMemberInput';
import type { Labels } from '../types';
import type { FieldPlan } from './payload';

const pick = (labels: Labels | undefined, locale: string) => labels?.[locale] ?? labels?.de;

/** Organizations of the kind another field of the form names (the seat of an appointment). */
const FilteredOrganizationInput = ({
  source,
  from,
  ...props
}: {
  source: string;
  from: { field: string; as: string };
  label: string;
  validate: Validator[];
  helperText: string | false;
}) => {
  const value: unknown = useWatch({ name: source.replace(/[^.]+$/, from.field) });
  return (
    <ReferenceInput
      source={source}
      reference="organizations"
      filter={typeof value === 'string' && value ? { [from.as]: value } : {}}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <AutocompleteInput {...props} fullWidth />
    </ReferenceInput>
  );
};

const wholeNumber: Validator = (value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? 'gremium.command_dialog.integer' : undefined;

const VOTE_KEYS = ['yes', 'no', 'abstain'] as const;

/** Vote counts are optional, but a count is only meaningful with all three numbers. */
const allVotesOrNone =
  (name: string): Validator =>
  (value: unknown, values: Record<string, unknown>) => {
    const votes = (values[name] ?? {}) as Record<string, unknown>;
    const given = VOTE_KEYS.filter((key) => typeof votes[key] === 'number').length;
    return given > 0 && given < VOTE_KEYS.length && typeof value !== 'number'
      ? 'gremium.command_dialog.votes_incomplete'
      : undefined;
  };

const requiredWhen =
  ({ field, equals }: NonNullable<FieldPlan['requiredWhen']>): Validator =>
  (value: unknown, values: Record<string, unknown>) =>
    values[field] === equals && (value === undefined || value === null || value === '')
      ? 'ra.validation.required'
      : undefined;

function validatorsOf(field: FieldPlan): Validator[] {
  const { schema } = field;
  const validators: Validator[] = [];
  if (field.required) validators.push(required());
  if (field.requiredWhen) validators.push(requiredWhen(field.requiredWhen));
  if (schema.type === 'string') {
    if ((schema.minLength ?? 0) > 1) validators.push(minLength(schema.minLength!));
    if (schema.maxLength !== undefined) validators.push(maxLength(schema.maxLength));
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    if (schema.minimum !== undefined) validators.push(minValue(schema.minimum));
    if (schema.type === 'integer') validators.push(wholeNumber);
  }
  return validators;
}

const VotesInput = ({ field, label }: { field: FieldPlan; label: string }) => {
  const translate = useTranslate();
  const validate = [
    ...(field.required ? [required()] : []),
    minValue(0),
    wholeNumber,
    allVotesOrNone(field.name),
  ];
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }}>
      <Typography component="legend" variant="subtitle2">
        {label}
        {!field.required && ` ${translate('gremium.command_dialog.optional')}`}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {VOTE_KEYS.map((key) => (
          <NumberInput
            key={key}
            source={`${field.name}.${key}`}
            label={translate(`gremium.command_dialog.${key}`)}
            min={0}
            step={1}
            validate={validate}
            fullWidth={false}
            sx={{ flex: '1 1 8rem' }}
          />
        ))}
      </Box>
    </Box>
  );
};

const PayloadField = ({ field, prefix }: { field: FieldPlan; prefix: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const source = `${prefix}${field.name}`;
  // The definition's own words first; the dashboard's catalogue for fields it does not label.
  const label =
    pick(field.schema.labels, locale) ?? translate(`gremium.payload.${field.name}`, { _: field.name });
  const helperText: string | false = translate(`gremium.payload_help.${field.name}`, { _: '' }) || false;
  const validate = validatorsOf(field);
  // The schema knows only JSON values; a default is a string (an enum value, a date) or absent.
  const defaultValue = typeof field.defaultValue === 'string' ? field.defaultValue : undefined;
  const common = { source, label, validate, helperText, defaultValue };
  const choices = (field.choices ?? []).map((id) => ({
    id,
    name:
      pick(field.schema.choiceLabels?.[id] ?? field.schema.items?.choiceLabels?.[id], locale) ??
      translate(`gremium.choices.${field.name}.${id}`, { _: id }),
  }));
  switch (field.kind) {
    case 'choice':
      return choices.length <= 4 ? (
        <RadioButtonGroupInput {...common} choices={choices} row />
      ) : (
        <SelectInput {...common} choices={choices} fullWidth />
      );
    case 'choices':
      return <CheckboxGroupInput {...common} choices={choices} />;
    case 'votes':
      return <VotesInput field={field} label={label} />;
    case 'person':
      return (
        <ReferenceInput source={source} reference="people" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput label={label} validate={validate} helperText={helperText} fullWidth />
        </ReferenceInput>
      );
    case 'people':
      return (
        <ReferenceArrayInput source={source} reference="people" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteArrayInput label={label} validate={validate} helperText={helperText} fullWidth />
        </ReferenceArrayInput>
      );
    case 'groupMember':
      return <GroupMemberInput {...common} workingGroupId={String(field.filter?.workingGroupId ?? '')} />;
    case 'organization':
      return field.filterFrom ? (
        <FilteredOrganizationInput
          source={source}
          from={field.filterFrom}
          label={label}
          validate={validate}
          helperText={helperText}
        />
      ) : (
        <ReferenceInput
          source={source}
          reference="organizations"
          filter={field.filter}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput label={label} validate={validate} helperText={helperText} fullWidth />
        </ReferenceInput>
      );
    case 'workingGroup':
      return (
        <ReferenceInput
          source={source}
          reference="working-groups"
          filter={{ status: 'active' }}
          sort={{ field: 'name', order: 'ASC' }}
        >
          <AutocompleteInput label={label} validate={validate} helperText={helperText} fullWidth />
        </ReferenceInput>
      );
    case 'meeting':
      return <MeetingInput {...common} filter={field.filter ?? {}} />;
    case 'date':
      return <DateInput {...common} />;
    case 'longText':
      return <TextInput {...common} multiline minRows={2} fullWidth />;
    case 'tags':
      return (
        <TextArrayInput source={source} label={label} validate={validate} helperText={helperText} fullWidth />
      );
    case 'number':
      return <NumberInput {...common} />;
    case 'numbers':
      return (
        <TextInput {...common} helperText={helperText || 'gremium.command_dialog.numbers_help'} fullWidth />
      );
    case 'object':
      return (
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }}>
          <Typography component="legend" variant="subtitle2">
            {label}
          </Typography>
          <PayloadFields plan={field.fields ?? []} prefix={`${source}.`} />
        </Box>
      );
    case 'boolean':
      return <BooleanInput source={source} label={label} helperText={helperText} />;
    case 'text':
      return <TextInput {...common} fullWidth />;
    case 'file':
      return <FileIdInput source={source} label={label} helperText={helperText} validate={validate} />;
  }
};

/** One input per payload property, in the schema's order; `prefix` nests them (`input.`, `changes.`). */
export const PayloadFields = ({ plan, prefix = '' }: { plan: FieldPlan[]; prefix?: string }) => (
  <>
    {plan.map((field) => (
      <PayloadField key={field.name} field={field} prefix={prefix} />
    ))}
  </>
);
