import {
  AutocompleteInput,
  DateTimeInput,
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
  start: string;
  end: string;
  location: string;
  onlineUrl?: string | null;
  kind: string;
  title: string;
}

export const toMeetingBody = ({
  body,
  workingGroupId,
  start,
  end,
  location,
  onlineUrl,
  kind,
  title,
}: MeetingValues) => ({
  body,
  ...(body === 'working-group' ? { workingGroupId } : {}),
  start: new Date(start).toISOString(),
  end: new Date(end).toISOString(),
  location: location.trim(),
  ...(onlineUrl ? { onlineUrl: onlineUrl.trim() } : {}),
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
    <DateTimeInput source="start" validate={required()} />
    <DateTimeInput source="end" validate={required()} />
    <TextInput source="location" validate={[required(), maxLength(300)]} fullWidth />
    <TextInput source="onlineUrl" validate={maxLength(500)} fullWidth />
    <SelectInput source="kind" choices={MEETING_KIND_CHOICES} validate={required()} />
    <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth />
  </SimpleForm>
);
