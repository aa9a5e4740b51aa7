import { useCallback, useMemo } from 'react';
import { useLocaleState, useTranslate, type TranslateFunction } from 'react-admin';
import { useDefinitions } from '../providers/queries';
import type { CommandSpec, Labels, ProcessDefinition } from '../types';

const pick = (labels: Labels | undefined, locale: string) => labels?.[locale] ?? labels?.de;

export interface ProcessLabels {
  definitions: ProcessDefinition[] | undefined;
  definition: (key: string) => ProcessDefinition | undefined;
  command: (definition: string, type: string) => CommandSpec | undefined;
  definitionLabel: (key: string) => string;
  stateLabel: (definition: string, name: string) => string;
  commandLabel: (definition: string | undefined, type: string) => string;
  describeState: (definition: string, state: unknown) => string;
}

/**
 * A state value in words. A single key is a path into nested states ("Amtszeit › Im Amt › Aktiv"); several
 * keys are parallel regions ("Vorgeschlagen (Steuerungsgruppe: Zugestimmt, Vollversammlung: Ausstehend)").
 */
export function describeStateWith(state: unknown, label: (name: string) => string): string {
  if (typeof state === 'string') return label(state);
  if (typeof state !== 'object' || state === null) return '';
  const entries = Object.entries(state);
  if (entries.length === 1) {
    const [name, inner] = entries[0];
    // A region's plain "open" sub-state adds nothing to the name of the state around it.
    if (inner === 'open') return label(name);
    if (typeof inner === 'object' && inner !== null && Object.keys(inner).length > 1) {
      return `${label(name)} (${describeStateWith(inner, label)})`;
    }
    return `${label(name)} › ${describeStateWith(inner, label)}`;
  }
  return entries
    .map(([name, inner]) =>
      typeof inner === 'string'
        ? `${label(name)}: ${label(inner)}`
        : `${label(name)}: ${describeStateWith(inner, label)}`,
    )
    .join(', ');
}

/** Labels from the process definitions (the API's `labels`, `stateLabels`), the dashboard's messages as fallback. */
export function labelsFrom(
  definitions: ProcessDefinition[] | undefined,
  locale: string,
  translate: TranslateFunction,
): ProcessLabels {
  const byKey = new Map((definitions ?? []).map((definition) => [definition.key, definition]));
  const definition = (key: string) => byKey.get(key);
  const command = (key: string, type: string) =>
    byKey.get(key)?.commands.find((candidate) => candidate.type === type);
  const stateLabel = (key: string, name: string) =>
    pick(byKey.get(key)?.stateLabels[name], locale) ?? translate(`gremium.states.${name}`, { _: name });
  return {
    definitions,
    definition,
    command,
    definitionLabel: (key) =>
      pick(byKey.get(key)?.labels, locale) ?? translate(`gremium.definitions.${key}`, { _: key }),
    stateLabel,
    commandLabel: (key, type) =>
      (key ? pick(command(key, type)?.labels, locale) : undefined) ??
      translate(`gremium.commands.${type}`, { _: type }),
    describeState: (key, state) => describeStateWith(state, (name) => stateLabel(key, name)),
  };
}

export function useProcessLabels(): ProcessLabels {
  const { data } = useDefinitions();
  const [locale] = useLocaleState();
  const translate = useTranslate();
  return useMemo(() => labelsFrom(data, locale, translate), [data, locale, translate]);
}

/** For callers that only need one label function. */
export function useStateDescriber() {
  const { describeState } = useProcessLabels();
  return useCallback(
    (definition: string, state: unknown) => describeState(definition, state),
    [describeState],
  );
}
