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
import type { CommandOutcome, CommandRequest } from '../types';

/**
 * Not an API resource: `getManyReference` on it reads `GET /api/processes/:id/history`, so the timeline
 * is cached and refreshed by react-admin like any other query.
 */
export const PROCESS_HISTORY = 'process-history';

export interface GremiumDataProvider extends DataProvider {
  sendCommand(processId: Identifier, command: CommandRequest): Promise<CommandOutcome>;
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

function listPath(resource: string, { filter, sort, pagination, limit }: ListQuery): string {
  const query = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) query.set('sort', JSON.stringify([sort.field, sort.order]));
  if (pagination) {
    const start = (pagination.page - 1) * pagination.perPage;
    query.set('range', JSON.stringify([start, start + pagination.perPage - 1]));
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
    const { status, body } = await api<ResultRecordType>(path(resource), { method: 'POST', body: data });
    if (status !== 202 || resource !== 'meetings') return { data: body };
    // The worker had not started the meeting's process within the API's wait: follow it to the meeting.
    const { command } = body as unknown as { command: CommandView & { processId: string } };
    const outcome = await followCommand(command);
    if (outcome.status === 'rejected') throw new HttpError(outcome.reason ?? '', 409);
    if (outcome.status === 'queued') throw new HttpError('gremium.meeting_page.still_starting', 202);
    const process = await api<{ context: { meetingId: string } }>(path('processes', command.processId));
    return { data: (await api<ResultRecordType>(path(resource, process.body.context.meetingId))).body };
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
