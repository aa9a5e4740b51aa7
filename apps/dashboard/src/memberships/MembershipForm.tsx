import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
} from 'react-admin';
import { BODY_CHOICES, ROLE_CHOICES } from './choices';

interface MembershipValues {
  personId: string;
  body: 'working-group' | 'plenary';
  workingGroupId?: string | null;
  role: string;
  from: string;
  to?: string | null;
  topic?: string | null;
  onBehalfOfId?: string | null;
}

/** The body of POST/PUT /api/memberships: a group membership or a plenary one (`body: "plenary"`). */
export const toMembershipBody = ({
  personId,
  body,
  workingGroupId,
  role,
  from,
  to,
  topic,
  onBehalfOfId,
}: MembershipValues) => ({
  personId,
  ...(body === 'plenary' ? { body: 'plenary' } : { workingGroupId }),
  role: body === 'plenary' ? 'member' : role,
  from,
  ...(to ? { to } : {}),
  ...(topic?.trim() ? { topic: topic.trim() } : {}),
  ...(body === 'plenary' && onBehalfOfId ? { onBehalfOfId } : {}),
});

// The moderator role is set by the election (P5), never here.
const ASSIGNABLE_ROLES = ROLE_CHOICES.filter((choice) => choice.id !== 'moderator');

const toolbar = (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const endAfterStart = (value: unknown, values: MembershipValues) =>
  typeof value === 'string' && value !== '' && value < values.from
    ? 'gremium.memberships.to_before_from'
    : undefined;

export const MembershipForm = () => (
  <SimpleForm toolbar={toolbar} defaultValues={{ body: 'working-group', role: 'member' }}>
    <ReferenceInput source="personId" reference="people">
      <AutocompleteInput label="resources.memberships.fields.personId" validate={required()} />
    </ReferenceInput>
    <RadioButtonGroupInput source="body" choices={BODY_CHOICES} validate={required()} row />
    <FormDataConsumer<MembershipValues>>
      {({ formData }) =>
        formData.body === 'plenary' ? (
          <ReferenceInput source="onBehalfOfId" reference="organizations">
            <AutocompleteInput
              label="resources.memberships.fields.onBehalfOfId"
              helperText="gremium.memberships.on_behalf_help"
            />
          </ReferenceInput>
        ) : (
          <>
            <ReferenceInput source="workingGroupId" reference="working-groups" filter={{ status: 'active' }}>
              <AutocompleteInput label="gremium.payload.workingGroupId" validate={required()} />
            </ReferenceInput>
            {formData.role === 'moderator' ? null : (
              <SelectInput source="role" choices={ASSIGNABLE_ROLES} validate={required()} />
            )}
          </>
        )
      }
    </FormDataConsumer>
    <DateInput source="from" validate={required()} />
    <DateInput source="to" validate={endAfterStart} helperText="gremium.memberships.to_help" />
    <TextInput
      source="topic"
      validate={maxLength(500)}
      helperText="gremium.memberships.topic_help"
      fullWidth
    />
  </SimpleForm>
);
