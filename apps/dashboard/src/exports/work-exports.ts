import type { DataProvider, Exporter, RaRecord } from 'react-admin';
import { labelsFrom, type ProcessLabels } from '../definitions/useLabels';
import { i18nProvider } from '../i18n/i18nProvider';
import { api } from '../providers/http';
import type { HistoryEvent, MyTaskRecord, NotificationRecord, ProcessDefinition, TaskRecord } from '../types';
import { downloadCsv, spreadsheetCsv, type ExportColumn } from './spreadsheet-export';

const translate = (key: string, options?: object) => i18nProvider.translate(key, options);

/** The definitions' labels as the lists show them (the export runs outside React). */
async function processLabels(): Promise<ProcessLabels> {
  const definitions = (
    await api<ProcessDefinition[]>(`process-definitions?range=${encodeURIComponent('[0,999]')}`)
  ).body;
  return labelsFrom(definitions, i18nProvider.getLocale(), translate);
}

async function namesOf(
  dataProvider: DataProvider,
  resource: string,
  ids: (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const { data } = await dataProvider.getMany(resource, { ids: wanted });
  return new Map(
    data.map((record: RaRecord) => [String(record.id), String(record.name ?? record.title ?? record.id)]),
  );
}

type ProcessLike = Pick<RaRecord, 'id'> & { definition: string; context: Record<string, unknown> };

/** "Gründung einer Arbeitsgruppe: AG Nahverkehr", as ProcessTitle words it. */
function processTitle(process: ProcessLike | undefined, labels: ProcessLabels, groups: Map<string, string>) {
  if (!process) return '';
  const kind = labels.definitionLabel(process.definition);
  const { name, title, seat, workingGroupId } = process.context;
  if (typeof name === 'string' || typeof title === 'string') return `${kind}: ${String(name ?? title)}`;
  if (typeof seat === 'string') return `${kind}: ${translate(`gremium.seats.${seat}`, { _: seat })}`;
  if (typeof workingGroupId === 'string') return `${kind}: ${groups.get(workingGroupId) ?? ''}`;
  return kind;
}

const groupIdsOf = (processes: ProcessLike[]) =>
  processes.map((process) =>
    typeof process.context.workingGroupId === 'string' ? process.context.workingGroupId : null,
  );

const steps = (types: string[]) =>
  types.map((type) => translate(`gremium.commands.${type}`, { _: type })).join(', ');

function write(resource: string, columns: ExportColumn[], records: RaRecord[], name?: string) {
  const csv = spreadsheetCsv(resource, columns, records, {}, i18nProvider.getLocale());
  downloadCsv(name ?? translate(`resources.${resource}.name`, { smart_count: 2 }), csv);
}

/** The open items (and closed ones, as filtered): the process, who it waits on, the step, since and due when. */
export const taskExporter: Exporter = async (records: RaRecord[], _fetch, dataProvider) => {
  const tasks = records as TaskRecord[];
  const labels = await processLabels();
  const { data: processes } = await dataProvider.getMany('processes', {
    ids: [...new Set(tasks.map((task) => task.processId))],
  });
  const byId = new Map((processes as ProcessLike[]).map((process) => [String(process.id), process]));
  const groups = await namesOf(dataProvider, 'working-groups', groupIdsOf(processes as ProcessLike[]));
  const people = await namesOf(
    dataProvider,
    'people',
    tasks.map((task) => ('personId' in task.awaiting ? task.awaiting.personId : null)),
  );
  write(
    'tasks',
    [
      {
        source: 'processId',
        value: (task) => processTitle(byId.get(String(task.processId)), labels, groups),
      },
      {
        source: 'awaiting',
        value: (task) => {
          const { awaiting } = task as TaskRecord;
          return 'body' in awaiting
            ? translate(`gremium.bodies.${awaiting.body}`, { _: awaiting.body })
            : (people.get(awaiting.personId) ?? '');
        },
      },
      { source: 'commandTypes', value: (task) => steps((task as TaskRecord).commandTypes) },
      { source: 'openedAt', kind: 'datetime' },
      { source: 'dueAt', kind: 'datetime' },
      { source: 'closedAt', kind: 'datetime' },
    ],
    tasks,
  );
};

/** Every process with its subject, its state in words, its status and dates. */
export const processExporter: Exporter = async (records: RaRecord[], _fetch, dataProvider) => {
  const processes = records as ProcessLike[];
  const labels = await processLabels();
  const groups = await namesOf(dataProvider, 'working-groups', groupIdsOf(processes));
  write(
    'processes',
    [
      {
        source: 'definition',
        label: 'gremium.processes.subject',
        value: (p) => processTitle(p as ProcessLike, labels, groups),
      },
      { source: 'state', value: (p) => labels.describeState(String(p.definition), p.state) },
      { source: 'status', kind: 'choice', prefix: 'gremium.process_status' },
      { source: 'createdAt', kind: 'datetime' },
      { source: 'updatedAt', kind: 'datetime' },
    ],
    processes,
  );
};

/** The notifications as listed: received, kind, message, whether done, whether read. */
export const notificationExporter: Exporter = async (records: RaRecord[]) => {
  write(
    'notifications',
    [
      { source: 'createdAt', kind: 'datetime' },
      { source: 'kind', kind: 'choice', prefix: 'gremium.notification_kinds' },
      { source: 'message' },
      {
        source: 'done',
        label: 'gremium.notifications.done_column',
        value: (n) => {
          const { done, doneReason } = n as NotificationRecord;
          return done ? translate(`gremium.notifications.done.${doneReason ?? 'other'}`) : '';
        },
      },
      { source: 'readAt', kind: 'datetime' },
    ],
    records,
  );
};

/** The change log: when, which process, what happened, by whom. */
export const auditExporter: Exporter = async (records: RaRecord[], _fetch, dataProvider) => {
  const events = records as HistoryEvent[];
  const labels = await processLabels();
  const { data: processes } = await dataProvider.getMany('processes', {
    ids: [...new Set(events.map((event) => event.processId))],
  });
  const byId = new Map((processes as ProcessLike[]).map((process) => [String(process.id), process]));
  const groups = await namesOf(dataProvider, 'working-groups', groupIdsOf(processes as ProcessLike[]));
  const people = await namesOf(
    dataProvider,
    'people',
    events.map((event) => (event.actor.type === 'user' ? event.actor.personId : null)),
  );
  write(
    'audit-events',
    [
      { source: 'at', kind: 'datetime' },
      { source: 'processId', value: (e) => processTitle(byId.get(String(e.processId)), labels, groups) },
      { source: 'seq' },
      {
        source: 'type',
        value: (e) =>
          String(e.type).startsWith('xstate.after.')
            ? translate('gremium.history.timer')
            : translate(`gremium.commands.${String(e.type)}`, { _: String(e.type) }),
      },
      {
        source: 'actor',
        value: (e) => {
          const { actor } = e as HistoryEvent;
          if (actor.type === 'system') return translate('gremium.history.system');
          return actor.personId ? (people.get(actor.personId) ?? '') : translate('gremium.history.account');
        },
      },
    ],
    events,
  );
};

/** "Meine Aufgaben" as a file: the item, the steps open to the signed-in person, since and due when. */
export async function exportMyTasks(tasks: MyTaskRecord[], dataProvider: DataProvider): Promise<void> {
  const labels = await processLabels();
  const processes = tasks.map((task) => ({
    id: task.processId,
    definition: task.definition,
    context: task.context,
  }));
  const groups = await namesOf(dataProvider, 'working-groups', groupIdsOf(processes));
  const locale = i18nProvider.getLocale();
  write(
    'tasks',
    [
      {
        source: 'processId',
        value: (task) => {
          const { definition, context } = task as MyTaskRecord;
          return processTitle({ id: task.processId, definition, context }, labels, groups);
        },
      },
      {
        source: 'commandTypes',
        value: (task) =>
          (task as MyTaskRecord).commands
            .map((command) => command.labels?.[locale] ?? command.label)
            .join(', '),
      },
      { source: 'openedAt', kind: 'datetime' },
      { source: 'dueAt', kind: 'datetime' },
    ],
    tasks,
    translate('gremium.my_tasks.title'),
  );
}
