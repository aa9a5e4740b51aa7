import { List, NullableBooleanInput, SelectInput } from 'react-admin';
import { TaskTable } from './TaskTable';
import { taskExporter } from '../exports/work-exports';

const filters = [
  <NullableBooleanInput
    key="open"
    source="open"
    alwaysOn
    trueLabel="gremium.tasks.open"
    falseLabel="gremium.tasks.closed"
    nullLabel="gremium.tasks.all"
  />,
  <SelectInput
    key="body"
    source="body"
    alwaysOn
    choices={[
      { id: 'steering', name: 'gremium.bodies.steering' },
      { id: 'plenary', name: 'gremium.bodies.plenary' },
      { id: 'coordination', name: 'gremium.bodies.coordination' },
    ]}
  />,
];

export const TaskList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ open: true }}
    sort={{ field: 'dueAt', order: 'ASC' }}
    exporter={taskExporter}
  >
    <TaskTable />
  </List>
);
