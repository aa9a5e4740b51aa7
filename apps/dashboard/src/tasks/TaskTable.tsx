import { useState, type ReactNode } from 'react';
import { DataTable, ReferenceField, SimpleList, type RowClickFunction } from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { DateTimeField } from '../fields/DateTimeField';
import type { TaskRecord } from '../types';
import { AwaitingField } from './AwaitingField';
import { CommandTypesField } from './CommandTypesField';
import { DueField } from './DueField';
import { isOverdue } from './isOverdue';

const toProcess: RowClickFunction<TaskRecord> = (_id, _resource, task) => `/processes/${task.processId}/show`;

// A bar at the row's start, drawn over the cell so the text does not shift.
const OVERDUE_MARK = {
  position: 'relative',
  '&::before': {
    content: '""',
    position: 'absolute',
    insetBlock: 0,
    left: 0,
    width: 4,
    bgcolor: 'error.main',
  },
} as const;

/** The approvals inbox; its lists sort by due date, so overdue tasks come first and carry a mark. */
export const TaskTable = ({ empty }: { empty?: ReactNode }) => {
  const [now] = useState(Date.now);
  const overdueMark = (task: TaskRecord) => (isOverdue(task, now) ? OVERDUE_MARK : {});
  const narrow = (
    <SimpleList<TaskRecord>
      rowClick={(_id, _resource, task) => `/processes/${String(task.processId)}/show`}
      empty={empty}
      primaryText={<ReferenceField source="processId" reference="processes" link={false} />}
      secondaryText={
        <>
          <CommandTypesField /> · <AwaitingField link={false} />
        </>
      }
    />
  );
  return (
    <NarrowOr narrow={narrow}>
      <DataTable<TaskRecord> rowClick={toProcess} bulkActionButtons={false} empty={empty}>
        <DataTable.Col source="processId" disableSort cellSx={overdueMark}>
          <ReferenceField source="processId" reference="processes" link="show" />
        </DataTable.Col>
        <DataTable.Col source="awaiting" disableSort field={AwaitingField} />
        <DataTable.Col source="commandTypes" disableSort field={CommandTypesField} />
        <DataTable.Col source="openedAt" field={DateTimeField} />
        <DataTable.Col source="dueAt">
          <DueField now={now} />
        </DataTable.Col>
      </DataTable>
    </NarrowOr>
  );
};
