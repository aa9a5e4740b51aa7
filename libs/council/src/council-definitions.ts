import type { AnyProcessDefinition } from '@gremium/workflow';
import { workingGroupFounding } from './working-group-founding/working-group-founding.machine';

/** Every process the council runs on the engine. */
export const councilDefinitions: readonly AnyProcessDefinition[] = [
  workingGroupFounding as AnyProcessDefinition,
];
