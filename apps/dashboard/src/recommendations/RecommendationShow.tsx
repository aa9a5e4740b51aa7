import AccountTreeIcon from '@mui/icons-material/AccountTree';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import {
  ChipField,
  Labeled,
  Link,
  ReferenceField,
  EditButton,
  Show,
  TopToolbar,
  useCanAccess,
  SingleFieldList,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CommandPanel } from '../commands/CommandPanel';
import { DateTimeField } from '../fields/DateTimeField';
import type { RecommendationRecord } from '../types';
import { DocumentsPanel } from '../files/DocumentsPanel';
import { PublicationSection } from '../publication/PublicationSection';
import { AddresseesSection } from './AddresseesSection';
import { VersionsSection } from './VersionsSection';
import { RecommendationStateField } from './RecommendationStateField';
import { VotesSection } from './VotesSection';

const Title = () => {
  const record = useRecordContext<RecommendationRecord>();
  const translate = useTranslate();
  return (
    <>{record ? `${translate('resources.recommendations.name', { smart_count: 1 })}: ${record.title}` : ''}</>
  );
};

const Tags = () => {
  const record = useRecordContext<RecommendationRecord>();
  if (!record?.tags.length) return <>–</>;
  return (
    <SingleFieldList
      data={record.tags.map((tag) => ({ id: tag, tag }))}
      total={record.tags.length}
      linkType={false}
    >
      <ChipField source="tag" size="small" />
    </SingleFieldList>
  );
};

const Commands = () => {
  const record = useRecordContext<RecommendationRecord>();
  if (!record) return null;
  return <CommandPanel processId={record.processId} editPath={`/recommendations/${record.id}/edit`} />;
};

const ProcessLink = () => {
  const record = useRecordContext<RecommendationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Link
      to={`/processes/${record.processId}/show`}
      sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center' }}
    >
      <AccountTreeIcon fontSize="small" aria-hidden />
      {translate('gremium.recommendations.history_link')}
    </Link>
  );
};

const Text = () => {
  const record = useRecordContext<RecommendationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box component="section" aria-labelledby="text-heading">
      <Typography id="text-heading" variant="h6" component="h2">
        {translate('resources.recommendations.fields.text')}
      </Typography>
      <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', maxWidth: '75ch' }}>
        {record.text}
      </Typography>
    </Box>
  );
};

/** Documents of the recommendation: its members (or the office) add them; answers' documents are marked. */
const Documents = () => {
  const record = useRecordContext<RecommendationRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'recommendations', action: 'edit', record });
  if (!record) return null;
  return (
    <DocumentsPanel
      subjectKind="recommendation"
      subjectId={String(record.id)}
      canChange={!!canAccess}
      purposeLabel={(purpose) =>
        purpose.startsWith('answer:')
          ? translate('gremium.files.answer_of', {
              addressee: translate(`gremium.choices.addressee.${purpose.slice('answer:'.length)}`),
            })
          : null
      }
    />
  );
};

const RecommendationPublication = () => {
  const record = useRecordContext<RecommendationRecord>();
  return record ? <PublicationSection subjectType="recommendation" id={record.id} /> : null;
};

/** The draft can be edited only while it is a draft or returned (the API refuses it otherwise). */
const Actions = () => {
  const record = useRecordContext<RecommendationRecord>();
  const { canAccess } = useCanAccess({ resource: 'recommendations', action: 'edit', record });
  const editable = record && (record.state === 'draft' || record.state === 'returned');
  return <TopToolbar>{editable && canAccess && <EditButton />}</TopToolbar>;
};

/** The recommendation, its steering-group votes, what the addressees did, and the commands now possible. */
export const RecommendationShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        p: 2,
        gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) minmax(0, 1fr)' },
      }}
    >
      <Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
          <Labeled source="state">
            <RecommendationStateField source="state" />
          </Labeled>
          <Labeled source="workingGroupId">
            <ReferenceField
              source="workingGroupId"
              reference="working-groups"
              link="show"
              emptyText="gremium.recommendations.steering_own"
            />
          </Labeled>
          <Labeled source="submittedAt">
            <DateTimeField source="submittedAt" emptyText="–" />
          </Labeled>
          <Labeled source="tags">
            <Tags />
          </Labeled>
        </Box>
        <Box sx={{ my: 2 }}>
          <Labeled source="title">
            <TextField source="title" variant="subtitle1" />
          </Labeled>
        </Box>
        <Text />
        <Box sx={{ mt: 2 }}>
          <ProcessLink />
        </Box>
        <Divider sx={{ mt: 2 }} />
        <VersionsSection />
      </Box>
      <Box>
        <Commands />
        <Divider />
        <VotesSection />
        <Divider />
        <AddresseesSection />
        <Divider />
        <RecommendationPublication />
        <Divider />
        <Documents />
      </Box>
    </Box>
  </Show>
);
