import { HttpError } from 'react-admin';
import { wordKey, wordProblem } from '../commands/problem-message';
import { i18nProvider } from '../i18n/i18nProvider';

/** The API's error body (api.md, "Errors"). */
interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Stable key with its parameters: worded here in the user's language (gremium.errors.*). */
  key?: string;
  params?: Record<string, string | number>;
  details?: unknown;
}

/** A validation failure names each field this way in `details`. */
export interface FieldProblem {
  field: string;
  message: string;
  /** A stable key the dashboard words (`gremium.errors.<key>`), with its parameters. */
  key?: string;
  params?: Record<string, string | number>;
}

interface ApiResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

export function isFieldProblems(details: unknown): details is FieldProblem[] {
  return (
    Array.isArray(details) &&
    details.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as FieldProblem).field === 'string' &&
        typeof (item as FieldProblem).message === 'string',
    )
  );
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).message === 'string';
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A proxy in front of the API may answer with HTML or plain text.
    return text;
  }
}

function toHttpError(response: Response, body: unknown): HttpError {
  if (!isApiErrorBody(body)) {
    return new HttpError(response.statusText || `HTTP ${response.status}`, response.status, body);
  }
  const translate = (key: string, options?: object) => i18nProvider.translate(key, options);
  const locale = i18nProvider.getLocale();
  const message = wordKey(body.key, body.params, body.message, translate, locale);
  if (!isFieldProblems(body.details)) return new HttpError(message, response.status, body);
  // react-admin marks the named fields of a form and notifies root.serverError.
  const errors: Record<string, unknown> = { root: { serverError: message } };
  for (const problem of body.details) errors[problem.field] = wordProblem(problem, translate, locale);
  return new HttpError(message, response.status, { ...body, errors });
}

/** Calls `/api/<path>` with the session cookie; any non-2xx answer becomes an HttpError with the server's message. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`/api/${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: 'same-origin',
    signal: options.signal,
  });
  const body = parseBody(await response.text());
  if (!response.ok) throw toHttpError(response, body);
  return { status: response.status, headers: response.headers, body: body as T };
}

/** Uploads one file as `POST /api/files` (multipart field `file`); refusals (413, 415) become worded HttpErrors. */
export async function uploadFile<T>(file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch('/api/files', {
    method: 'POST',
    headers: { Accept: 'application/json' },
    body: form,
    credentials: 'same-origin',
  });
  const body = parseBody(await response.text());
  if (!response.ok) throw toHttpError(response, body);
  return body as T;
}
