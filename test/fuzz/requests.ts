import fc from 'fast-check';
import { brokenJson, hostileJson, hostileKey, hostileNumber, hostileString, ownObject } from './hostile';
import { isMutating, type JsonSchema, type Operation } from './operations';

export interface DefinitionInfo {
  key: string;
  input: JsonSchema;
  commands: { type: string; payload: JsonSchema }[];
}

/** What exists in the fuzzed app before the run (ids are used as path parameters and in payloads). */
export interface FuzzFixtures {
  token: string;
  ids: string[];
  processIds: string[];
  definitions: DefinitionInfo[];
}

export interface FuzzRequest {
  operation: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** Why this request must not change any data (a read, or the reason it must be refused). */
  guarantee: string;
}

const BODY_LIMIT = 256 * 1024;
const FILTER_KEYS = [
  'q',
  'id',
  'status',
  'definition',
  'processId',
  'open',
  'body',
  'personId',
  'subjectId',
  'type',
  'kind',
];
const SORT_FIELDS = [
  'name',
  'createdAt',
  'updatedAt',
  'id',
  'at',
  'seq',
  'status',
  'openedAt',
  'password',
  'name; drop table person',
];
const RAW_PERCENT = ['%', '%zz', '%E0%A4%A', '%00', '%C0%AF', '%FF%FE', '%2e%2e%2f', '%%32%65'];

/** Percent-encoding of any string (lone surrogates cannot be UTF-8: they become U+FFFD, as a browser does). */
const encode = (text: string) =>
  encodeURIComponent((text as unknown as { toWellFormed(): string }).toWellFormed());

const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 8, maxLength: 8 });
const isStrict = (schema: JsonSchema | undefined) => schema?.additionalProperties === false;
const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 80 });

/** A value that often fits the field (so validation goes deeper), else anything hostile. */
function valueFor(schema: JsonSchema | undefined, fixtures: FuzzFixtures): fc.Arbitrary<unknown> {
  const plausible: fc.Arbitrary<unknown>[] = [];
  if (schema?.enum?.length) plausible.push(fc.constantFrom(...schema.enum));
  if (schema?.type === 'string' || !schema?.type)
    plausible.push(fc.constantFrom(...fixtures.ids, '2026-03-12', 'ks@praeventionsrat.test', 'P42D', 'Test'));
  if (schema?.type === 'integer' || schema?.type === 'number')
    plausible.push(fc.integer({ min: -5, max: 400 }));
  if (schema?.type === 'boolean') plausible.push(fc.boolean());
  if (schema?.type === 'array')
    plausible.push(fc.array(valueFor(schema.items, fixtures), { maxLength: 3 }), fc.constant([]));
  return fc.oneof(...plausible, hostileJson);
}

/** Known properties with plausible or hostile values, hostile keys, and one property nobody declared. */
function bodyWithUnknownField(schema: JsonSchema | null, fixtures: FuzzFixtures): fc.Arbitrary<string> {
  const names = Object.keys(schema?.properties ?? {});
  const known =
    names.length === 0
      ? fc.constant<[string, unknown][]>([])
      : fc
          .subarray(names)
          .chain((picked) =>
            fc.tuple(
              ...picked.map((name) =>
                valueFor(schema?.properties?.[name], fixtures).map((v) => [name, v] as [string, unknown]),
              ),
            ),
          );
  return fc
    .tuple(known, fc.array(fc.tuple(hostileKey, hostileJson), { maxLength: 2 }), hex, hostileJson)
    .map(([entries, hostile, suffix, value]) =>
      JSON.stringify(ownObject([...entries, ...hostile, [`zz_undeclared_${suffix}`, value]])),
    );
}

const withNul = (value: string) =>
  fc.nat(value.length).map((at) => `${value.slice(0, at)}\u0000${value.slice(at)}`);

/**
 * A plausible object in which every free-text property carries a NUL character while enums, ids, dates
 * and e-mails stay valid, so the value gets past validation into the handler. PostgreSQL cannot store
 * U+0000 in text or jsonb: no such request can be valid. Null when the schema has no free-text property.
 */
function nulLaced(
  schema: JsonSchema | null | undefined,
  fixtures: FuzzFixtures,
): fc.Arbitrary<Record<string, unknown>> | null {
  const required = new Set(schema?.required ?? []);
  const entries: fc.Arbitrary<[string, unknown] | null>[] = [];
  let texts = 0;
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    const format = (property as { format?: string }).format;
    let value: fc.Arbitrary<unknown>;
    if (property.type !== 'string') {
      if (!required.has(name)) continue;
      value = valueFor(property, fixtures);
    } else if (property.enum?.length) value = fc.constantFrom(...property.enum);
    else if (/id$/i.test(name) || format === 'uuid') value = fc.constantFrom(...fixtures.ids);
    else if (/date|from|^to$|since|start|end|now|at$/i.test(name) || format?.startsWith('date'))
      value = fc.constant('2026-03-12');
    else if (/email/i.test(name) || format === 'email') value = fc.constant('fuzz@example.org');
    else if (/phone/i.test(name)) value = fc.constant('+49 345 1234');
    // A password is hashed, never stored as text: a NUL in it would not be refused.
    else if (/password/i.test(name)) {
      if (!required.has(name)) continue;
      value = fc.constant('Passwort-1234567');
    } else {
      texts++;
      value = fc.constantFrom('Text', 'Prüfung', 'Passwort-mit-Null-1').chain(withNul);
    }
    entries.push(value.map((v) => [name, v] as [string, unknown]));
  }
  if (texts === 0) return null;
  return fc
    .tuple(...entries)
    .map((list) => Object.fromEntries(list.filter((entry): entry is [string, unknown] => entry !== null)));
}

const oversizeBody = fc
  .constantFrom('name', 'input', 'payload', 'email')
  .map((key) => JSON.stringify({ [key]: 'A'.repeat(BODY_LIMIT + 1024) }));

const validAuth = (token: string) => ({ authorization: `Bearer ${token}` });
const badAuth: fc.Arbitrary<Record<string, string>> = fc.oneof(
  fc.constant({}),
  printable.map((garbage) => ({ authorization: `Bearer ${garbage}` })),
  fc.constant({ authorization: 'Bearer ' }),
  printable.map((garbage) => ({ authorization: `Basic ${garbage}` })),
  printable.map((garbage) => ({ cookie: `gremium_session=${encode(garbage)}` })),
);

/** Content types the JSON body parser reads (or refuses with 415): a broken body never reaches a handler. */
const jsonType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'Application/JSON',
  'application/json; charset=bogus',
  'application/json; charset=latin1',
);
const anyType = fc.oneof(
  jsonType,
  fc.constantFrom(
    'application/json; charset=utf-16',
    'application/vnd.api+json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'application/xml',
    '',
  ),
);
const encoding = fc.option(fc.constantFrom('gzip', 'deflate', 'br', 'bogus', 'identity'), { freq: 4 });

function pathParam(name: string, fixtures: FuzzFixtures, forRead: boolean): fc.Arbitrary<string> {
  const existing = name === 'key' ? fixtures.definitions.map((d) => d.key) : fixtures.ids;
  const options: fc.Arbitrary<string>[] = [
    fc.constantFrom(...existing),
    fc.uuid(),
    hostileString.filter((s) => !['', '.', '..'].includes(s)).map(encode),
  ];
  if (forRead) options.push(fc.constantFrom(...RAW_PERCENT));
  return fc.oneof(...options);
}

/** Ids that do not exist (a random v4 UUID or garbage): a write to them must be a 404 (or 400). */
const missingParam = fc.oneof(
  fc.uuid({ version: 4 }),
  hostileString.filter((s) => !['', '.', '..'].includes(s) && !/^[0-9a-f-]{36}$/i.test(s)).map(encode),
);

function buildPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

function pathArb(operation: Operation, param: (name: string) => fc.Arbitrary<string>): fc.Arbitrary<string> {
  if (operation.pathParams.length === 0) return fc.constant(operation.template);
  return fc
    .tuple(...operation.pathParams.map((name) => param(name)))
    .map((values) =>
      buildPath(operation.template, Object.fromEntries(operation.pathParams.map((n, i) => [n, values[i]]))),
    );
}

const filterObject = (entries: fc.Arbitrary<[string, unknown][]>) =>
  entries.map((list) => JSON.stringify(ownObject(list)));

/** Mostly one accepted key with a hostile value, so that the value reaches the query; else anything. */
function filterValue(keys: readonly string[]): fc.Arbitrary<string> {
  const key = keys.length > 0 ? fc.constantFrom(...keys) : hostileKey;
  const anyKey = fc.oneof(key, fc.constantFrom(...FILTER_KEYS), hostileKey);
  return fc.oneof(
    { weight: 4, arbitrary: filterObject(fc.tuple(key, hostileString).map((entry) => [entry])) },
    { weight: 2, arbitrary: filterObject(fc.tuple(key, hostileJson).map((entry) => [entry])) },
    {
      weight: 2,
      arbitrary: filterObject(
        fc.array(
          fc.tuple(
            anyKey,
            fc.oneof(
              hostileJson,
              fc.array(fc.oneof(fc.uuid(), hostileString), { maxLength: 5 }),
              fc
                .integer({ min: 1001, max: 3000 })
                .map((n) => Array.from({ length: n }, () => '6f1c1f4e-3d0c-4a53-9a59-3b2b8e8c1d11')),
              fc.constantFrom({ $ne: null }, { $gt: '' }, { $in: [] }, { $like: '%' }, [], {}),
            ),
          ),
          { maxLength: 3 },
        ),
      ),
    },
    { weight: 1, arbitrary: brokenJson },
    { weight: 1, arbitrary: hostileString },
  );
}

function sortValue(fields: readonly string[]): fc.Arbitrary<string> {
  const field = fields.length > 0 ? fc.constantFrom(...fields) : fc.constantFrom(...SORT_FIELDS);
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc.tuple(field, fc.constantFrom('ASC', 'DESC')).map((pair) => JSON.stringify(pair)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.oneof(field, fc.constantFrom(...SORT_FIELDS), hostileString),
          fc.oneof(fc.constantFrom('ASC', 'DESC', 'asc', ''), hostileString),
        )
        .map((pair) => JSON.stringify(pair)),
    },
    { weight: 1, arbitrary: fc.array(hostileJson, { maxLength: 4 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: brokenJson },
    { weight: 1, arbitrary: hostileString },
  );
}

const rangeValue: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(hostileNumber, hostileNumber).map((pair) => JSON.stringify(pair)),
  fc.tuple(fc.nat(2_000_000), fc.nat(2000)).map(([start, size]) => JSON.stringify([start, start + size])),
  fc.constantFrom(
    '[0,24]',
    '[0,999]',
    '[0,1000]',
    '[24,0]',
    '[-1,5]',
    '[1e2,2e2]',
    '[0,1e400]',
    '["0","24"]',
    '[0]',
    '{}',
  ),
  fc.array(hostileJson, { maxLength: 3 }).map((value) => JSON.stringify(value)),
  brokenJson,
);

/** Query strings for any GET: react-admin list parameters, the operation's own ones, extras, repeats. */
function queryArb(operation: Operation): fc.Arbitrary<string> {
  const part = (key: string, value: fc.Arbitrary<string>) =>
    fc.option(
      value.map((v) => `${key}=${encode(v)}`),
      { freq: 2 },
    );
  return fc
    .tuple(
      part('filter', filterValue(operation.filterKeys)),
      part('sort', sortValue(operation.sortFields)),
      part('range', rangeValue),
      ...operation.queryParams.map((name) =>
        part(name, fc.oneof(fc.uuid(), hostileString, fc.constant('2026-03-12'))),
      ),
      fc.array(
        fc.oneof(
          fc.tuple(hostileKey, hostileString).map(([k, v]) => `${encode(k)}=${encode(v)}`),
          fc.constantFrom(
            'filter[__proto__][polluted]=1',
            'filter[constructor][prototype][polluted]=1',
            'filter=%7B%7D&filter=%7B%7D',
            'range=[0,1]&range=[0,2]',
            'sort[]=name&sort[]=ASC',
            '__proto__[polluted]=1',
            'filter',
            '&&&',
          ),
        ),
        { maxLength: 2 },
      ),
    )
    .map(([...parts]) => {
      const flat = parts.flat().filter((p): p is string => typeof p === 'string' && p !== '');
      return flat.length === 0 ? '' : `?${flat.join('&')}`;
    });
}

function request(
  operation: Operation,
  parts: { path: string; headers: Record<string, string>; body?: string; guarantee: string },
): FuzzRequest {
  return { operation: `${operation.method} ${operation.template}`, method: operation.method, ...parts };
}

/** Reads: any query, any path parameter, any authentication (fetch sends no body with a GET). */
function readRequest(operation: Operation, fixtures: FuzzFixtures): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      path: pathArb(operation, (name) => pathParam(name, fixtures, true)),
      query: queryArb(operation),
      auth: fc.oneof(
        { weight: 4, arbitrary: fc.constant(validAuth(fixtures.token)) },
        { weight: 1, arbitrary: badAuth },
      ),
    })
    .map(({ path, query, auth }) =>
      request(operation, { path: `${path}${query}`, headers: auth, guarantee: 'read' }),
    );
}

/**
 * Writes, each refused by construction (a generated write is never valid): broken JSON, a body over the
 * limit, no or a forged session, a field no DTO declares, a payload key the definition's strict schema
 * refuses, or a target id that does not exist (deletes). Hostile values ride along on all of them.
 */
function writeRequest(operation: Operation, fixtures: FuzzFixtures): fc.Arbitrary<FuzzRequest> {
  const anyPath = pathArb(operation, (name) => pathParam(name, fixtures, false));
  const missingPath = pathArb(operation, () => missingParam);
  const auth = validAuth(fixtures.token);
  const ways: { weight: number; arbitrary: fc.Arbitrary<FuzzRequest> }[] = [
    {
      weight: 3,
      arbitrary: fc
        .tuple(anyPath, brokenJson, jsonType, encoding, fc.boolean())
        .map(([path, body, type, enc, authed]) =>
          request(operation, {
            path,
            headers: {
              ...(authed ? auth : {}),
              'content-type': type,
              ...(enc ? { 'content-encoding': enc } : {}),
            },
            body,
            guarantee: 'malformed JSON body',
          }),
        ),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(anyPath, oversizeBody).map(([path, body]) =>
        request(operation, {
          path,
          headers: { ...auth, 'content-type': 'application/json' },
          body,
          guarantee: 'body over the limit',
        }),
      ),
    },
  ];
  if (!operation.isPublic) {
    ways.push({
      weight: 3,
      arbitrary: fc
        .tuple(anyPath, badAuth, fc.option(bodyWithUnknownField(operation.body, fixtures)), anyType, encoding)
        .map(([path, headers, body, type, enc]) =>
          request(operation, {
            path,
            headers:
              body === null
                ? headers
                : { ...headers, 'content-type': type, ...(enc ? { 'content-encoding': enc } : {}) },
            body: body ?? undefined,
            guarantee: 'no valid session',
          }),
        ),
    });
  }
  if (operation.body && operation.strictBody) {
    ways.push({
      weight: 6,
      arbitrary: fc.tuple(anyPath, bodyWithUnknownField(operation.body, fixtures)).map(([path, body]) =>
        request(operation, {
          path,
          headers: { ...(operation.isPublic ? {} : auth), 'content-type': 'application/json' },
          body,
          guarantee: 'undeclared field',
        }),
      ),
    });
  }
  if (!operation.body && operation.pathParams.length > 0 && !operation.isPublic) {
    ways.push({
      weight: 3,
      arbitrary: missingPath.map((path) =>
        request(operation, { path, headers: auth, guarantee: 'target does not exist' }),
      ),
    });
  }
  const nulBody = nulLaced(operation.body, fixtures);
  if (nulBody && operation.strictBody && !operation.isPublic) {
    ways.push({
      weight: 3,
      arbitrary: fc.tuple(anyPath, nulBody).map(([path, body]) =>
        request(operation, {
          path,
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          guarantee: 'free text carries U+0000, which PostgreSQL cannot store',
        }),
      ),
    });
  }
  const semantic = semanticWrite(operation, fixtures);
  if (semantic) ways.push({ weight: 6, arbitrary: semantic });
  return fc.oneof(...ways);
}

/** Past the DTO into the engine: well-formed starts and commands whose input or payload is refused. */
function semanticWrite(operation: Operation, fixtures: FuzzFixtures): fc.Arbitrary<FuzzRequest> | null {
  const auth = { ...validAuth(fixtures.token), 'content-type': 'application/json' };
  const withUndeclared = (schema: JsonSchema) =>
    bodyWithUnknownField(schema, fixtures).map((text) => JSON.parse(text) as Record<string, unknown>);
  const idempotencyKey = fc.option(fc.oneof(fc.stringMatching(/^[\w.:-]{1,40}$/), hostileString), {
    freq: 2,
  });
  if (operation.method === 'POST' && operation.template === '/api/processes') {
    const strict = fixtures.definitions.filter((d) => isStrict(d.input));
    const declared = new Set(fixtures.definitions.map((d) => d.key));
    const nulInputs = fixtures.definitions.flatMap((d) => {
      const input = nulLaced(d.input, fixtures);
      return input ? [fc.tuple(fc.constant(d.key), input)] : [];
    });
    const definition = fc.oneof(
      ...nulInputs,
      ...strict.map((d) => fc.tuple(fc.constant(d.key), withUndeclared(d.input))),
      fc.tuple(
        hostileString.filter((key) => !declared.has(key)),
        hostileJson.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
      ),
    );
    return fc.tuple(definition, idempotencyKey).map(([[key, input], idem]) =>
      request(operation, {
        path: operation.template,
        headers: auth,
        body: JSON.stringify({ definition: key, input, ...(idem === null ? {} : { idempotencyKey: idem }) }),
        guarantee:
          'input refused by the definition (undeclared key, unknown definition, or U+0000 in free text)',
      }),
    );
  }
  if (operation.method === 'POST' && operation.template === '/api/processes/{id}/commands') {
    const declaredBy = new Map<string, JsonSchema[]>();
    for (const definition of fixtures.definitions)
      for (const command of definition.commands)
        declaredBy.set(command.type, [...(declaredBy.get(command.type) ?? []), command.payload]);
    const strictTypes = [...declaredBy].filter(([, schemas]) => schemas.every(isStrict));
    const nulPayloads = fixtures.definitions.flatMap((d) =>
      d.commands.flatMap((c) => {
        const payload = nulLaced(c.payload, fixtures);
        return payload ? [fc.tuple(fc.constant(c.type), payload)] : [];
      }),
    );
    const command = fc.oneof(
      ...nulPayloads,
      ...strictTypes.map(([type, schemas]) => fc.tuple(fc.constant(type), withUndeclared(schemas[0]))),
      fc.tuple(
        fc.stringMatching(/^[A-Z][A-Z0-9_]{0,20}$/).filter((type) => !declaredBy.has(type)),
        hostileJson.filter((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
      ),
    );
    const target = fc.oneof(fc.constantFrom(...fixtures.processIds), fc.uuid());
    return fc.tuple(target, command, idempotencyKey).map(([id, [type, payload], idem]) =>
      request(operation, {
        path: buildPath(operation.template, { id }),
        headers: auth,
        body: JSON.stringify({ type, payload, ...(idem === null ? {} : { idempotencyKey: idem }) }),
        guarantee: 'payload refused (undeclared key, undeclared command, or U+0000 in free text)',
      }),
    );
  }
  return null;
}

/** Requests across every operation, reads and (refused) writes alike. */
export function requestArbitrary(
  operations: readonly Operation[],
  fixtures: FuzzFixtures,
): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    ...operations.map((operation) =>
      isMutating(operation) ? writeRequest(operation, fixtures) : readRequest(operation, fixtures),
    ),
  );
}
