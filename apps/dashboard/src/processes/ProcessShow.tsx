import Divider from '@mui/material/Divider';
import { Show, SimpleShowLayout } from 'react-admin';
import { DateTimeField } from '../fields/DateTimeField';
import { TranslatedField } from '../fields/TranslatedField';
import { CommandPanel } from './CommandPanel';
import { ContextField } from './ContextField';
import { ProcessHistory } from './ProcessHistory';
import { ProcessStateField } from './ProcessStateField';
import { ProcessTitle } from './ProcessTitle';

export const ProcessShow = () => (
  <Show title={<ProcessTitle />}>
    <SimpleShowLayout>
      <TranslatedField source="definition" prefix="gremium.definitions" />
      <TranslatedField source="status" prefix="gremium.process_status" />
      <ProcessStateField source="state" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <ContextField source="context" />
    </SimpleShowLayout>
    <Divider />
    <CommandPanel />
    <Divider />
    <ProcessHistory />
  </Show>
);
