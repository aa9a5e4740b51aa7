import { z } from 'zod';
import { toMermaid } from '../diagram/mermaid';
import { CANCELLED_LABEL, CANCELLED_STATE } from '../engine/operator-commands';
import type { AnyProcessDefinition, CommandDefinition, Labels, Vocabulary } from './process-definition';

type JsonSchema = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function choiceLabels(values: unknown, labels: Record<string, Labels> | undefined) {
  if (!Array.isArray(values) || !labels) return undefined;
  const entries = values.flatMap((value) =>
    labels[String(value)] ? [[String(value), labels[String(value)]]] : [],
  );
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Adds `title` (German), `labels` and `choiceLabels` to every property the vocabulary knows, at any depth. */
function annotate(schema: JsonSchema, vocabulary: Vocabulary): JsonSchema {
  if (!isObject(schema.properties)) return schema;
  const properties = Object.fromEntries(
    Object.entries(schema.properties).map(([name, raw]) => {
      if (!isObject(raw)) return [name, raw];
      const property = annotate(raw, vocabulary);
      const labels = vocabulary.fields[name];
      const enumValues = property.enum ?? (isObject(property.items) ? property.items.enum : undefined);
      const choices = choiceLabels(enumValues, vocabulary.choices[name]);
      return [
        name,
        {
          ...property,
          ...(labels ? { title: labels.de, labels } : {}),
          ...(choices ? { choiceLabels: choices } : {}),
        },
      ];
    }),
  );
  return { ...schema, properties };
}

const EMPTY: Vocabulary = { fields: {}, choices: {} };

/** A JSON Schema (draft 2020-12) of what a form must send, labelled in German and English. */
export function formSchema(schema: z.ZodType, vocabulary: Vocabulary = EMPTY): JsonSchema {
  return annotate(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), vocabulary);
}

function stateNames(definition: AnyProcessDefinition): string[] {
  const names: string[] = [];
  const visit = (node: { path: string[]; states: Record<string, unknown> }) => {
    for (const child of Object.values(node.states) as { path: string[]; states: Record<string, unknown> }[]) {
      names.push(child.path.join('.'));
      visit(child);
    }
  };
  visit(definition.machine.root);
  return names;
}

/** What the engine adds to a definition: its own commands (an operator's CANCEL) and the versions it knows. */
export interface EngineAdditions {
  commands: Record<string, CommandDefinition>;
  versions: number[];
}

/**
 * Everything a client needs to show a definition and build its forms: labels, states, schemas, diagram;
 * `engine` adds the commands the engine offers on every process and the versions of the definition.
 */
export function describeDefinition(definition: AnyProcessDefinition, engine: EngineAdditions) {
  const vocabulary = definition.vocabulary ?? EMPTY;
  return {
    id: definition.key,
    key: definition.key,
    version: definition.version,
    versions: engine.versions,
    label: definition.labels.de,
    labels: definition.labels,
    description: definition.description ?? null,
    stateLabels: { [CANCELLED_STATE]: CANCELLED_LABEL, ...definition.stateLabels },
    states: stateNames(definition),
    vocabulary,
    startForm: definition.startForm ?? 'generic',
    summary: definition.summary ?? [],
    inputSchema: formSchema(definition.input, vocabulary),
    commands: Object.entries(engine.commands).map(([type, spec]) => ({
      type,
      label: spec.label.de,
      labels: spec.label,
      final: spec.final ?? false,
      payloadSchema: formSchema(spec.payload, vocabulary),
    })),
    diagram: toMermaid(definition.machine),
  };
}
