import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
} from 'react-admin';
import { MEETING_BODY_CHOICES, MEETING_KIND_CHOICES } from './choices';

interface MeetingValues {
  body: string;
  workingGroupId?: string | null;
  date: string;
  kind: string;
  title: string;
}

export const toMeetingBody = ({ body, workingGroupId, date, kind, title }: MeetingValues) => ({
  body,
  ...(body === 'working-group' ? { workingGroupId } : {}),
  date,
  kind,
  title: title.trim(),
});

const toolbar = (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export const MeetingForm = () => (
  <SimpleForm toolbar={toolbar} defaultValues={{ kind: 'regular' }}>
    <SelectInput source="body" choices={MEETING_BODY_CHOICES} validate={required()} />
    <FormDataConsumer<MeetingValues>>
      {({ formData }) =>
        formData.body === 'working-group' && (
          <ReferenceInput source="workingGroupId" reference="working-groups">
            <AutocompleteInput label="resources.meetings.fields.workingGroupId" validate={required()} />
          </ReferenceInput>
        )
      }
    </FormDataConsumer>
    <DateInput source="date" validate={required()} />
    <SelectInput source="kind" choices={MEETING_KIND_CHOICES} validate={required()} />
    <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
  </SimpleForm>
);
