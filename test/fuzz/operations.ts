/** The API's operations as its OpenAPI document declares them (so new endpoints are fuzzed too). */

export type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  items?: JsonSchema;
  $ref?: string;
  nullable?: boolean;
};

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** `/api/people/{id}` */
  template: string;
  pathParams: string[];
  queryParams: string[];
  /** The request body schema, `$ref`s resolved; null when the operation takes no body. */
  body: JsonSchema | null;
  /** Unknown top-level properties are refused (a class DTO under the whitelisting pipe, or a strict schema). */
  strictBody: boolean;
  /** Answers without a session (login, health); every other operation is a 401 without one. */
  isPublic: boolean;
  /** For list reads: the filter keys and sort fields it accepts (found by probing before the run). */
  filterKeys: string[];
  sortFields: string[];
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  const resolve = (schema: JsonSchema | undefined): JsonSchema | null => {
    if (!schema) return null;
    if (schema.$ref) return document.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? null;
    return schema;
  };
  const operations: Operation[] = [];
  for (const [template, methods] of Object.entries(document.paths)) {
    for (const [method, spec] of Object.entries(methods)) {
      const raw = spec.requestBody?.content?.['application/json']?.schema;
      const body = resolve(raw);
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        template,
        pathParams: (spec.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: (spec.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
        body,
        strictBody: Boolean(raw?.$ref) || body?.additionalProperties === false,
        isPublic: false,
        filterKeys: [],
        sortFields: [],
      });
    }
  }
  return operations;
}

export function isMutating(operation: Pick<Operation, 'method'>): boolean {
  return operation.method !== 'GET';
}

export const FILTER_CANDIDATES = [
  'q',
  'id',
  'status',
  'definition',
  'processId',
  'open',
  'body',
  'personId',
  'subjectId',
  'subjectType',
  'parentId',
  'type',
  'kind',
  'organizationId',
  'workingGroupId',
  'role',
  'seat',
  'date',
  'from',
  'to',
  'read',
  'recipient',
  'email',
  'name',
  'topic',
  'current',
  'active',
  'state',
  'escalated',
];
export const SORT_CANDIDATES = [
  'id',
  'name',
  'createdAt',
  'updatedAt',
  'at',
  'seq',
  'status',
  'openedAt',
  'dueAt',
  'closedAt',
  'date',
  'familyName',
  'kind',
  'from',
  'to',
  'termStart',
  'termEnd',
  'email',
  'definitionKey',
  'foundedAt',
  'title',
];
