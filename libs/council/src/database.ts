import { createOrmOptions, type AppConfig } from '@gremium/platform';
import { workflowEntities } from '@gremium/workflow';
import { migrations } from '@gremium/platform';
import { councilEntities } from './council-entities';

export const allEntities = [...workflowEntities, ...councilEntities];

/** The ORM configuration every app and test uses. */
export function councilOrmOptions(config: AppConfig) {
  return createOrmOptions({ config, entities: allEntities, migrations });
}
