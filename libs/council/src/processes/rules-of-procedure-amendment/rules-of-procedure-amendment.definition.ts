import type { ProcessDefinition } from '@gremium/workflow';
import { plausibleMeeting } from '../../meetings/meeting-checks';
import { coordinationOnly } from '../../permissions/rules';
import { reasonPayload } from '../../shared/payload-schemas';
import { withVocabulary } from '../../shared/vocabulary';
import { adoptRules } from './rules-of-procedure-amendment.effects';
import {
  rulesOfProcedureAmendmentMachine,
  type AdoptionParams,
  type AmendmentContext,
} from './rules-of-procedure-amendment.machine';
import {
  amendmentDecision,
  amendmentInput,
  type AmendmentCommands,
  type AmendmentInput,
} from './rules-of-procedure-amendment.schemas';
import { RulesOfProcedureVersion } from './rules-of-procedure-version.entity';

interface AmendmentTypes {
  input: AmendmentInput;
  context: AmendmentContext;
  facts: Record<string, never>;
  commands: AmendmentCommands;
  effects: { adopt: AdoptionParams };
}

const l = (de: string, en: string) => ({ de, en });

/** P7 (R9): the steering group alone decides the rules of procedure; each adoption is a new version. */
export const rulesOfProcedureAmendment: ProcessDefinition<AmendmentTypes> = {
  key: 'rules-of-procedure-amendment',
  version: 1,
  machine: rulesOfProcedureAmendmentMachine,
  input: amendmentInput,
  labels: l('Änderung der Geschäftsordnung', 'Amending the rules of procedure'),
  description: l(
    'Die Steuerungsgruppe beschließt die Geschäftsordnung allein. Mit dem Beschluss gilt der neue Wortlaut ab dem Tag nach der Sitzung, zusammen mit den geänderten Fristen.',
    'The steering group alone decides the rules of procedure. Once adopted, the new wording applies from the day after the meeting, together with the changed periods.',
  ),
  vocabulary: withVocabulary({
    fields: {
      text: l('Neuer Wortlaut (Markdown)', 'New wording (Markdown)'),
      changes: l('Geänderte Regeln', 'Changed rules'),
      reviewPeriod: l('Prüffrist (ISO 8601, z. B. P42D)', 'Review period (ISO 8601, e.g. P42D)'),
      answerPeriod: l('Antwortfrist (ISO 8601, z. B. P8W)', 'Answer period (ISO 8601, e.g. P8W)'),
      termAlertLeadDays: l('Erinnerungen vor Amtszeitende (Tage)', 'Reminders before a term ends (days)'),
      signOffMajority: l('Mehrheit bei der Zustimmung', 'Sign-off majority'),
      annualReportStart: l('Beginn des Jahresberichts (--MM-TT)', 'Start of the annual report (--MM-DD)'),
    },
    choices: { signOffMajority: { 'more-than-half': l('Mehr als die Hälfte', 'More than half') } },
  }),
  summary: ['title', 'text', 'changes', 'decision', 'withdrawal'],
  stateLabels: {
    proposed: l('Vorgeschlagen', 'Proposed'),
    adopted: l('Beschlossen', 'Adopted'),
    rejected: l('Abgelehnt', 'Rejected'),
    withdrawn: l('Zurückgezogen', 'Withdrawn'),
  },
  commands: {
    STEERING_DECISION: {
      payload: amendmentDecision,
      label: l('Beschluss der Steuerungsgruppe erfassen', 'Record the steering group decision'),
      permission: coordinationOnly,
      final: true,
      check: plausibleMeeting('meetingId', 'steering'),
    },
    WITHDRAW: {
      payload: reasonPayload,
      label: l('Vorschlag zurückziehen', 'Withdraw the proposal'),
      permission: coordinationOnly,
      final: true,
    },
  },
  startPermission: coordinationOnly,
  subject: (context) => ({ type: 'rules-of-procedure', id: context.versionId }),
  effects: { adopt: adoptRules },
  readModels: [
    {
      entity: RulesOfProcedureVersion,
      resource: 'rules-of-procedure',
      sortable: ['version', 'inForceFrom'],
      defaultSort: ['version', 'DESC'],
      idFilters: ['processId', 'meetingId'],
    },
  ],
};
