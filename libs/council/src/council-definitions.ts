import type { AnyProcessDefinition } from '@gremium/workflow';
import * as processes from './processes';

/** Every process the council runs on the engine, as `processes/index.ts` lists them. */
export const councilDefinitions: readonly AnyProcessDefinition[] = Object.values(processes);
