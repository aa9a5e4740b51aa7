import { createOrmOptions, type AppConfig } from '@gremium/platform';
import { workflowEntities } from '@gremium/workflow';
import { migrations } from '@gremium/platform';
import { councilDefinitions } from './council-definitions';
import { councilEntities } from './council-entities';

// Every version of a definition names its read model: each entity once.
export const allEntities = [
  ...new Set([
    ...workflowEntities,
    ...councilEntities,
    ...councilDefinitions.flatMap((definition) => (definition.readModels ?? []).map(({ entity }) => entity)),
  ]),
];

/** The ORM configuration every app and test uses. */
export function councilOrmOptions(config: AppConfig) {
  return createOrmOptions({ config, entities: allEntities, migrations });
}
