import DraftsIcon from '@mui/icons-material/Drafts';
import type { MouseEvent } from 'react';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import Typography from '@mui/material/Typography';
import {
  BulkUpdateButton,
  DataTable,
  DataTableBody,
  type DataTableBodyProps,
  DataTableConfigContext,
  DataTableRow,
  type DataTableRowProps,
  Link,
  List,
  NullableBooleanInput,
  SimpleList,
  TextInput,
  useDataTableCallbacksContext,
  useDataTableConfigContext,
  useDataTableSelectedIdsContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { NarrowOr } from '../fields/NarrowOr';
import { DateTimeField } from '../fields/DateTimeField';
import { TranslatedField } from '../fields/TranslatedField';
import type { NotificationRecord } from '../types';
import { DeliverySetting } from './DeliverySetting';
import { MarkReadButton } from './MarkReadButton';
import { notificationExporter } from '../exports/work-exports';

const filters = [
  <NullableBooleanInput
    key="read"
    source="read"
    alwaysOn
    trueLabel="gremium.notifications.read"
    falseLabel="gremium.notifications.unread"
    nullLabel="gremium.tasks.all"
  />,
  <TextInput key="q" source="q" alwaysOn />,
];

/** A notification's subject type → the dashboard's resource that shows it. */
export const SUBJECT_PATHS: Record<string, string> = {
  appointment: 'appointments',
  recommendation: 'recommendations',
  'working-group': 'working-groups',
  meeting: 'meetings',
  process: 'processes',
};

const Message = () => {
  const record = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const resource = record.subjectType ? SUBJECT_PATHS[record.subjectType] : undefined;
  return (
    <>
      <Typography
        variant="body2"
        sx={{
          fontWeight: record.readAt || record.done ? 'normal' : 600,
          color: record.done ? 'text.secondary' : undefined,
        }}
      >
        {record.message}
      </Typography>
      {record.done && (
        <Chip
          size="small"
          color="success"
          variant="outlined"
          icon={<TaskAltIcon />}
          sx={{ mr: 1, mt: 0.5 }}
          label={translate(`gremium.notifications.done.${record.doneReason ?? 'other'}`, {
            _: translate('gremium.notifications.done.other'),
          })}
        />
      )}
      {resource && record.subjectId && (
        <Link
          to={`/${resource}/${record.subjectId}/show`}
          onClick={(event: MouseEvent) => event.stopPropagation()}
        >
          {translate(`gremium.subjects.${record.subjectType}`)}
        </Link>
      )}
    </>
  );
};

const State = () => {
  const record = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(record.readAt ? 'gremium.notifications.read' : 'gremium.notifications.unread')}</>;
};

const bulkActions = (
  <BulkUpdateButton
    data={{ read: true }}
    label="gremium.notifications.mark_selected_read"
    icon={<DraftsIcon />}
    mutationMode="pessimistic"
  />
);

/** Selects the row's notification for the bulk action, named after its message for screen readers. */
const SelectCheckbox = () => {
  const record = useRecordContext<NotificationRecord>();
  const translate = useTranslate();
  const { handleToggleItem } = useDataTableCallbacksContext();
  const selectedIds = useDataTableSelectedIdsContext();
  if (!record || !handleToggleItem) return null;
  return (
    <Checkbox
      checked={selectedIds?.includes(record.id) ?? false}
      slotProps={{
        input: {
          'aria-label': translate('gremium.notifications.select', { message: record.message }),
          onClick: (event) => {
            event.stopPropagation();
            handleToggleItem(record.id, event);
          },
        },
      }}
    />
  );
};

/**
 * react-admin's own row checkbox puts its name on the wrapper, not on the input (axe: "label"): the row
 * is told there are no bulk actions, so it leaves its checkbox out, and gets this one as its first cell.
 */
const SelectableRow = ({ children, ...props }: DataTableRowProps) => {
  const config = useDataTableConfigContext();
  return (
    <DataTableConfigContext.Provider value={{ ...config, hasBulkActions: false }}>
      <DataTableRow {...props}>
        <TableCell padding="checkbox">
          <SelectCheckbox />
        </TableCell>
        {children}
      </DataTableRow>
    </DataTableConfigContext.Provider>
  );
};

const SelectableBody = (props: DataTableBodyProps) => <DataTableBody {...props} row={SelectableRow} />;

/** The user's own notifications and their role's, unread first by default, and how they come by e-mail. */
export const NotificationList = () => (
  <>
    <DeliverySetting />
    <List
      filters={filters}
      filterDefaultValues={{ read: false }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={notificationExporter}
    >
      <NarrowOr
        narrow={
          <SimpleList<NotificationRecord>
            rowClick={false}
            primaryText={<Message />}
            secondaryText={<DateTimeField source="createdAt" />}
            tertiaryText={<MarkReadButton />}
          />
        }
      >
        <DataTable<NotificationRecord> rowClick={false} bulkActionButtons={bulkActions} body={SelectableBody}>
          <DataTable.Col source="createdAt" field={DateTimeField} />
          <DataTable.Col source="kind">
            <TranslatedField source="kind" prefix="gremium.notification_kinds" />
          </DataTable.Col>
          <DataTable.Col source="message" disableSort field={Message} />
          <DataTable.Col source="readAt" field={State} />
          <DataTable.Col label="gremium.actions" disableSort field={MarkReadButton} />
        </DataTable>
      </NarrowOr>
    </List>
  </>
);
