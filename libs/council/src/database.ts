import { createOrmOptions, type AppConfig } from '@gremium/platform';
import { workflowEntities } from '@gremium/workflow';
import { migrations } from '@gremium/platform';
import { councilDefinitions } from './council-definitions';
import { councilEntities } from './council-entities';

export const allEntities = [
  ...workflowEntities,
  ...councilEntities,
  ...councilDefinitions.flatMap((definition) => (definition.readModels ?? []).map(({ entity }) => entity)),
];

/** The ORM configuration every app and test uses. */
export function councilOrmOptions(config: AppConfig) {
  return createOrmOptions({ config, entities: allEntities, migrations });
}
