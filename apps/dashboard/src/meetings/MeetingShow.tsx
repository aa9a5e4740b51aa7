import Box from '@mui/material/Box';
import { Labeled, ReferenceField, Show, TextField, useRecordContext } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { TranslatedField } from '../fields/TranslatedField';
import { MeetingFiles } from './MeetingFiles';

const Title = () => <>{useRecordContext()?.title ?? ''}</>;

/** The meeting: its facts and its documents. */
export const MeetingShow = () => (
  <Show title={<Title />}>
    <Box sx={{ p: 2, display: 'grid', gap: 2, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Labeled source="body">
          <TranslatedField source="body" prefix="gremium.bodies" />
        </Labeled>
        <Labeled source="workingGroupId">
          <ReferenceField source="workingGroupId" reference="working-groups" link="show" emptyText="–" />
        </Labeled>
        <Labeled source="start">
          <DateTimeField source="start" />
        </Labeled>
        <Labeled source="location">
          <TextField source="location" />
        </Labeled>
      </Box>
      <MeetingFiles />
    </Box>
  </Show>
);
