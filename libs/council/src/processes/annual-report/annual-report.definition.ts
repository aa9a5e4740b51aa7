import type { EntityManager } from '@mikro-orm/postgresql';
import { conflict, invalidField, yearlyOn, type ProcessDefinition } from '@gremium/workflow';
import { compileAnnualFigures } from '../../annual-report/figures.service';
import { councilCoded } from '../../errors/council-errors';
import { plausibleMeeting } from '../../meetings/meeting-checks';
import { coordinationOnly, steeringMemberOnly } from '../../permissions/rules';
import { latestRules } from '../../settings/rules-store';
import { withVocabulary } from '../../shared/vocabulary';
import { steeringGroupOn } from '../../steering-group/steering-group.repository';
import { berlinDateOf } from '../../terms/calendar-date';
import type { SteeringFacts } from '../recommendation/sign-off';
import { notifyReportVoters, projectAnnualReport } from './annual-report.effects';
import { AnnualReport } from './annual-report.entity';
import { annualReportMachine, type AnnualReportContext, type VotersParams } from './annual-report.machine';
import {
  annualReportInput,
  editNarrativePayload,
  recompilePayload,
  reportSignOffPayload,
  reportSteeringDecisionPayload,
  submitForApprovalPayload,
  submitToCouncilPayload,
  type AnnualReportCommands,
  type AnnualReportFacts,
  type AnnualReportInput,
} from './annual-report.schemas';

interface AnnualReportTypes {
  input: AnnualReportInput;
  context: AnnualReportContext;
  facts: AnnualReportFacts;
  commands: AnnualReportCommands;
  effects: { notifyVoters: VotersParams };
}

/** The commands that (re)compile the figures: they stay live until the steering group approves. */
const COMPILING = new Set(['process.started', 'RECOMPILE', 'SUBMIT_FOR_APPROVAL']);
const VOTING = new Set(['SUBMIT_FOR_APPROVAL', 'SIGN_OFF']);

async function steeringFacts(em: EntityManager, now: Date): Promise<SteeringFacts> {
  const composition = await steeringGroupOn(em, berlinDateOf(now));
  const memberIds = [...new Set(composition.seats.flatMap((seat) => (seat.personId ? [seat.personId] : [])))];
  return { memberIds, occupied: composition.occupied };
}

const l = (de: string, en: string) => ({ de, en });

export const annualReport: ProcessDefinition<AnnualReportTypes> = {
  key: 'annual-report',
  version: 1,
  machine: annualReportMachine,
  input: annualReportInput,
  labels: l('Jahresbericht', 'Annual report'),
  description: l(
    'Der Bericht des Präventionsrats an den Stadtrat über ein vergangenes Jahr (R10).',
    'The council’s report to the city council on a past year (R10).',
  ),
  vocabulary: withVocabulary({
    fields: {
      year: l('Jahr', 'Year'),
      sections: l('Abschnitte', 'Sections'),
      introduction: l('Einleitung', 'Introduction'),
      workingGroups: l('Arbeit der Arbeitsgruppen', 'Work of the working groups'),
      steeringGroup: l('Arbeit der Steuerungsgruppe', 'Work of the steering group'),
      outlook: l('Ausblick', 'Outlook'),
      reference: l('Aktenzeichen', 'Reference'),
    },
    choices: {
      decision: { approved: l('Freigegeben', 'Approved'), returned: l('Zurückgegeben', 'Returned') },
      vote: { approve: l('Freigeben', 'Approve'), return: l('Zur Überarbeitung zurückgeben', 'Return') },
    },
  }),
  summary: ['year', 'round'],
  stateLabels: {
    drafting: l('In Bearbeitung', 'Drafting'),
    inReview: l('Zur Freigabe bei der Steuerungsgruppe', 'In review'),
    approved: l('Freigegeben', 'Approved'),
    submitted: l('Dem Stadtrat vorgelegt', 'Submitted to the city council'),
  },
  commands: {
    RECOMPILE: {
      payload: recompilePayload,
      label: l('Zahlen neu zusammenstellen', 'Recompile the figures'),
      permission: coordinationOnly,
    },
    EDIT_NARRATIVE: {
      payload: editNarrativePayload,
      label: l('Text bearbeiten', 'Edit the narrative'),
      permission: coordinationOnly,
    },
    SUBMIT_FOR_APPROVAL: {
      payload: submitForApprovalPayload,
      label: l('Der Steuerungsgruppe zur Freigabe vorlegen', 'Submit to the steering group for approval'),
      permission: coordinationOnly,
    },
    SIGN_OFF: {
      payload: reportSignOffPayload,
      label: l('Abstimmen', 'Sign off'),
      permission: steeringMemberOnly,
    },
    STEERING_DECISION: {
      payload: reportSteeringDecisionPayload,
      label: l(
        'Sitzungsbeschluss der Steuerungsgruppe erfassen',
        'Record the steering group’s meeting decision',
      ),
      permission: coordinationOnly,
      final: true,
      // Decided at a steering meeting held since the report was submitted for approval.
      check: plausibleMeeting('meetingId', 'steering', ({ instance }) =>
        typeof instance?.context.submittedAt === 'number' ? instance.context.submittedAt : null,
      ),
    },
    SUBMIT_TO_COUNCIL: {
      payload: submitToCouncilPayload,
      label: l('Vorlage an den Stadtrat erfassen', 'Record the submission to the city council'),
      permission: coordinationOnly,
      final: true,
    },
  },
  startPermission: coordinationOnly,
  // Only a past year, and one report per year, whether the schedule or the coordination office starts it.
  startCheck: async ({ em, now, payload: { year } }) => {
    if (year >= Number(berlinDateOf(now).slice(0, 4)))
      return invalidField('input.year', councilCoded('annual_report.past_year_only', { year }));
    return (await em.count(AnnualReport, { year, state: { $ne: 'cancelled' } }))
      ? conflict(councilCoded('annual_report.exists', { year }))
      : null;
  },
  enrich: async ({ em, now, instance, payload, type }) => {
    const year = instance?.context.year ?? Number(payload.year);
    const facts: AnnualReportFacts = {};
    if (COMPILING.has(type) && instance?.context.approvedAt == null)
      facts.figures = await compileAnnualFigures(em, year, now);
    if (VOTING.has(type)) facts.steering = await steeringFacts(em, now);
    return facts;
  },
  subject: (context) => ({ type: 'annual-report', id: context.reportId }),
  actorNote: (context, actor) => {
    const vote = context.votes.find((cast) => cast.personId === actor.personId);
    return vote ? { code: 'voted', params: { vote: vote.vote } } : null;
  },
  schedule: {
    rrule: yearlyOn('--01-15'),
    tz: 'Europe/Berlin',
    rruleFrom: async (em) => yearlyOn((await latestRules(em)).annualReportStart),
    input: (occurrence) => ({ year: occurrence.year - 1 }),
  },
  effects: { notifyVoters: notifyReportVoters },
  project: projectAnnualReport,
  readModels: [
    {
      entity: AnnualReport,
      resource: 'annual-reports',
      sortable: ['year', 'state', 'updatedAt'],
      defaultSort: ['year', 'DESC'],
    },
  ],
};
