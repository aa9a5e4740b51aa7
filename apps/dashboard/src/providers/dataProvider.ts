import type {
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteParams,
  GetListParams,
  GetManyParams,
  GetManyReferenceParams,
  GetOneParams,
  Identifier,
  RaRecord,
  UpdateManyParams,
  UpdateParams,
} from 'react-admin';
import { HttpError } from 'react-admin';
import { api } from './http';
import { followCommand, sendCommand, type CommandView } from './commands';
import { i18nProvider } from '../i18n/i18nProvider';
import { wordKey } from '../commands/problem-message';
import type { CommandOutcome, CommandRequest } from '../types';

/**
 * Not an API resource: `getManyReference` on it reads `GET /api/processes/:id/history`, so the timeline
 * is cached and refreshed by react-admin like any other query.
 */
export const PROCESS_HISTORY = 'process-history';

export interface GremiumDataProvider extends DataProvider {
  sendCommand(processId: Identifier, command: CommandRequest): Promise<CommandOutcome>;
}

/**
 * A record whose process the worker starts after the API's short wait (202): followed until it exists,
 * so the form goes on to the new record (and the list shows it) instead of to a record without id.
 */
async function createdLater<T>(resource: string, command: CommandView): Promise<T> {
  const outcome = await followCommand(command);
  if (outcome.status === 'rejected') {
    const translate = (key: string, options?: object) => i18nProvider.translate(key, options);
    const message = wordKey(
      outcome.key,
      outcome.params,
      outcome.reason ?? '',
      translate,
      i18nProvider.getLocale(),
    );
    throw new HttpError(message, 409, {
      message: outcome.reason,
      key: outcome.key,
      params: outcome.params,
      details: outcome.details,
    });
  }
  if (outcome.status === 'queued' || !command.processId)
    throw new HttpError(i18nProvider.translate('gremium.create.still_queued'), 503);
  const process = (await api<{ subjectId: string | null }>(path('processes', command.processId))).body;
  if (resource === 'processes') return process as T;
  return (await api<T>(path(resource, String(process.subjectId)))).body;
}

const path = (resource: string, id?: Identifier) =>
  id === undefined ? resource : `${resource}/${encodeURIComponent(String(id))}`;

interface ListQuery {
  filter: Record<string, unknown>;
  sort?: { field: string; order: string };
  pagination?: { page: number; perPage: number };
  /** Without pagination: how many rows to ask for (the API's default page has 25). */
  limit?: number;
}

/**
 * Lists sorted by time answer with `X-Next-Cursor`, the position after their last row: the next page is
 * asked for after it, which the API finds in its index instead of counting off every row before it.
 * Remembered per list (resource, filter, sort, page size) and page; a few hundred pages at most.
 */
const cursors = new Map<string, string>();
const MAX_CURSORS = 500;

function cursorKey(resource: string, { filter, sort, pagination }: ListQuery, page: number): string | null {
  if (!pagination) return null;
  return JSON.stringify([resource, filter, sort, pagination.perPage, page]);
}

function rememberCursor(key: string | null, cursor: string | null): void {
  if (!key || !cursor) return;
  cursors.delete(key);
  cursors.set(key, cursor);
  if (cursors.size > MAX_CURSORS) cursors.delete(cursors.keys().next().value as string);
}

function listPath(resource: string, listQuery: ListQuery): string {
  const { filter, sort, pagination, limit } = listQuery;
  const query = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) query.set('sort', JSON.stringify([sort.field, sort.order]));
  if (pagination) {
    const start = (pagination.page - 1) * pagination.perPage;
    query.set('range', JSON.stringify([start, start + pagination.perPage - 1]));
    const after = cursors.get(cursorKey(resource, listQuery, pagination.page) ?? '');
    if (after) query.set('after', after);
  } else if (limit) {
    query.set('range', JSON.stringify([0, limit - 1]));
  }
  return `${resource}?${query.toString()}`;
}

/** `Content-Range: people 0-24/57` → 57. */
function totalOf(resource: string, headers: Headers): number {
  const match = /\/(\d+)$/.exec(headers.get('Content-Range') ?? '');
  if (!match) throw new HttpError(`The answer for ${resource} has no Content-Range header`, 500);
  return Number(match[1]);
}

async function list<RecordType extends RaRecord>(resource: string, query: ListQuery, signal?: AbortSignal) {
  const { body, headers } = await api<RecordType[]>(listPath(resource, query), { signal });
  if (query.pagination)
    rememberCursor(cursorKey(resource, query, query.pagination.page + 1), headers.get('X-Next-Cursor'));
  return { data: body, total: totalOf(resource, headers) };
}

export const dataProvider: GremiumDataProvider = {
  supportAbortSignal: true,

  getList: <RecordType extends RaRecord>(
    resource: string,
    { filter, sort, pagination, signal }: GetListParams,
  ) => list<RecordType>(resource, { filter: filter as Record<string, unknown>, sort, pagination }, signal),

  getOne: async <RecordType extends RaRecord>(
    resource: string,
    { id, signal }: GetOneParams<RecordType>,
  ) => ({
    data: (await api<RecordType>(path(resource, id), { signal })).body,
  }),

  getMany: async <RecordType extends RaRecord>(
    resource: string,
    { ids, signal }: GetManyParams<RecordType>,
  ) => ({
    data: (
      await api<RecordType[]>(listPath(resource, { filter: { id: ids }, limit: ids.length }), { signal })
    ).body,
  }),

  getManyReference: async <RecordType extends RaRecord>(
    resource: string,
    { target, id, filter, sort, pagination, signal }: GetManyReferenceParams,
  ) => {
    if (resource === PROCESS_HISTORY) {
      const { body } = await api<RecordType[]>(`processes/${encodeURIComponent(String(id))}/history`, {
        signal,
      });
      return { data: body, total: body.length };
    }
    const referenceFilter = { ...(filter as Record<string, unknown>), [target]: id };
    return list<RecordType>(resource, { filter: referenceFilter, sort, pagination }, signal);
  },

  create: async <
    RecordType extends Omit<RaRecord, 'id'>,
    ResultRecordType extends RaRecord = RecordType & { id: Identifier },
  >(
    resource: string,
    { data }: CreateParams<RecordType>,
  ) => {
    const created = await api<ResultRecordType | { command: CommandView }>(path(resource), {
      method: 'POST',
      body: data,
    });
    if (created.status !== 202) return { data: created.body as ResultRecordType };
    return {
      data: await createdLater<ResultRecordType>(
        resource,
        (created.body as { command: CommandView }).command,
      ),
    };
  },

  update: async <RecordType extends RaRecord>(resource: string, { id, data }: UpdateParams<RecordType>) => ({
    data: (await api<RecordType>(path(resource, id), { method: 'PUT', body: data })).body,
  }),

  updateMany: async (resource: string, { ids, data }: UpdateManyParams) => {
    await Promise.all(ids.map((id) => api(path(resource, id), { method: 'PUT', body: data })));
    return { data: ids };
  },

  delete: async <RecordType extends RaRecord>(
    resource: string,
    { id, previousData }: DeleteParams<RecordType>,
  ) => {
    const { body } = await api<RecordType | null>(path(resource, id), { method: 'DELETE' });
    // A 204 has no body; react-admin still needs the deleted record.
    return { data: (body ?? previousData) as RecordType };
  },

  deleteMany: async <RecordType extends RaRecord>(
    resource: string,
    { ids }: DeleteManyParams<RecordType>,
  ) => {
    await Promise.all(ids.map((id) => api(path(resource, id), { method: 'DELETE' })));
    return { data: ids };
  },

  sendCommand: (processId, command) => sendCommand(String(processId), command),
};
