import { conflict, ProcessInstance, type ProcessDefinition } from '@gremium/workflow';
import { councilCoded } from '../../errors/council-errors';
import { coordinationOnly } from '../../permissions/rules';
import { withVocabulary } from '../../shared/vocabulary';
import { checkQuarter } from './steering-cadence-check.effects';
import {
  cadenceCheckMachine,
  type CadenceCheckContext,
  type QuarterParams,
} from './steering-cadence-check.machine';
import { cadenceCheckInput, type CadenceCheckInput } from './steering-cadence-check.schemas';

interface CadenceCheckTypes {
  input: CadenceCheckInput;
  context: CadenceCheckContext;
  facts: Record<string, never>;
  commands: Record<string, never>;
  effects: { checkQuarter: QuarterParams };
}

/** P8 cadence (R5): one per quarter, started by its schedule on the quarter's first day. */
export const steeringCadenceCheck: ProcessDefinition<CadenceCheckTypes> = {
  key: 'steering-cadence-check',
  version: 1,
  machine: cadenceCheckMachine,
  input: cadenceCheckInput,
  labels: { de: 'Quartalsprüfung Steuerungsgruppe', en: 'Quarterly steering check' },
  description: {
    de: 'Sechs Wochen vor Quartalsende: ist eine Sitzung der Steuerungsgruppe geplant?',
    en: 'Six weeks before a quarter ends: is a steering meeting planned?',
  },
  vocabulary: withVocabulary({
    fields: { year: { de: 'Jahr', en: 'Year' }, quarter: { de: 'Quartal', en: 'Quarter' } },
  }),
  stateLabels: {
    waiting: { de: 'Wartet auf den Prüftag', en: 'Waiting for the check day' },
    checked: { de: 'Geprüft', en: 'Checked' },
  },
  commands: {},
  startPermission: coordinationOnly,
  // One check per quarter, whether the schedule or the coordination office starts it.
  startCheck: async ({ em, payload: { year, quarter } }) =>
    (await em.count(ProcessInstance, { definitionKey: 'steering-cadence-check', context: { year, quarter } }))
      ? conflict(councilCoded('cadence.check_exists', { year, quarter }))
      : null,
  schedule: {
    rrule: 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=1',
    tz: 'Europe/Berlin',
    input: (occurrence) => ({ year: occurrence.year, quarter: Math.floor((occurrence.month - 1) / 3) + 1 }),
  },
  effects: { checkQuarter },
};
