import AddIcon from '@mui/icons-material/Add';
import {
  DataTable,
  List,
  NumberField,
  SimpleList,
  TopToolbar,
  useCanAccess,
  useTranslate,
} from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { LinkButton } from '../fields/LinkButton';
import { NarrowOr } from '../fields/NarrowOr';
import { TranslatedField } from '../fields/TranslatedField';
import type { AnnualReportRecord } from '../types';

const START = `/processes/create?source=${encodeURIComponent(JSON.stringify({ definition: 'annual-report' }))}`;

/** The coordination office may begin a report on a past year by hand (the schedule begins one every January). */
const Actions = () => {
  const { canAccess } = useCanAccess({ resource: 'processes', action: 'create' });
  return (
    <TopToolbar>
      {canAccess && (
        <LinkButton to={START} label="gremium.annual_reports.start">
          <AddIcon />
        </LinkButton>
      )}
    </TopToolbar>
  );
};

const StateText = ({ record }: { record: AnnualReportRecord }) => {
  const translate = useTranslate();
  return <>{translate(`gremium.states.${record.state}`)}</>;
};

/** The annual reports (P6, R10), newest year first. */
export const AnnualReportList = () => (
  <List actions={<Actions />} sort={{ field: 'year', order: 'DESC' }}>
    <NarrowOr
      narrow={
        <SimpleList<AnnualReportRecord>
          primaryText={(record) => String(record.year)}
          secondaryText={(record) => <StateText record={record} />}
          linkType="show"
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="year">
          <NumberField source="year" options={{ useGrouping: false }} />
        </DataTable.Col>
        <DataTable.Col source="state">
          <TranslatedField source="state" prefix="gremium.states" />
        </DataTable.Col>
        <DataTable.Col source="updatedAt">
          <DateTimeField source="updatedAt" />
        </DataTable.Col>
      </DataTable>
    </NarrowOr>
  </List>
);
