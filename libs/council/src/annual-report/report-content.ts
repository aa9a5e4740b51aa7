import { recommendation } from '../processes/recommendation/recommendation.definition';
import type { AnnualReport } from '../processes/annual-report/annual-report.entity';
import type { Narrative, NarrativeSection } from '../processes/annual-report/annual-report.schemas';
import { formatGermanDate } from '../shared/german-labels';
import { berlinDateOf } from '../terms/calendar-date';
import { barChartSvg } from './report-chart';
import type { AnnualFigures, CompositionFigure } from './figures';

/** A table of the report: a caption, the column heads and the rows, all text. */
export interface ReportTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Said instead of an empty table. */
  empty: string;
}

export interface ReportChart {
  title: string;
  /** The chart as SVG, rendered on the server. */
  svg: string;
  /** The chart's data in words, for readers who do not see it. */
  description: string;
}

/** One chapter: a narrative section of the coordination office, then figures as tables and charts. */
export interface ReportSection {
  id: string;
  title: string;
  paragraphs: string[];
  tables: ReportTable[];
  charts: ReportChart[];
}

/** The report as a document, one structure that both the HTML and the PDF render. */
export interface ReportContent {
  year: number;
  title: string;
  subtitle: string;
  status: string;
  compiledOn: string | null;
  sections: ReportSection[];
}

const STATUS: Record<string, string> = {
  drafting: 'Entwurf',
  inReview: 'Entwurf, zur Freigabe bei der Steuerungsgruppe',
  approved: 'Von der Steuerungsgruppe freigegeben',
  submitted: 'Dem Stadtrat vorgelegt',
  cancelled: 'Abgebrochen',
};
const ADDRESSEES: Record<string, string> = { administration: 'Stadtverwaltung', council: 'Stadtrat' };
const EMPTY_FIGURES = 'Die Zahlen werden zusammengestellt.';

const date = (value: string | null) => (value ? formatGermanDate(value) : '–');
const stateLabel = (state: string) => recommendation.stateLabels?.[state]?.de ?? state;
const paragraphsOf = (narrative: Narrative, section: NarrativeSection) =>
  (narrative[section] ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

function compositionTable(caption: string, composition: CompositionFigure): ReportTable {
  return {
    caption: `${caption} (${composition.occupied} von ${composition.size} Sitzen besetzt)`,
    head: ['Sitz', 'Mitglied', 'Organisation'],
    rows: composition.seats.map((seat) => [
      seat.label,
      seat.personName ?? 'unbesetzt',
      seat.organizationName ?? '',
    ]),
    empty: 'Keine Sitze.',
  };
}

function statusOf(report: AnnualReport): string {
  if (report.state === 'submitted' && report.submission)
    return `${STATUS.submitted} am ${date(report.submission.date)}${report.submission.reference ? ` (${report.submission.reference})` : ''}`;
  if (report.state === 'approved' && report.approvedAt)
    return `${STATUS.approved} am ${date(berlinDateOf(report.approvedAt))}`;
  return STATUS[report.state] ?? report.state;
}

/** The report's chapters from its figures and narrative (German, as the city council reads it). */
export async function reportContent(report: AnnualReport): Promise<ReportContent> {
  const figures: AnnualFigures | null = report.figures;
  const narrative = report.narrative ?? {};
  const section = (
    id: string,
    title: string,
    narrativeKey: NarrativeSection | null,
    tables: ReportTable[] = [],
    charts: ReportChart[] = [],
  ): ReportSection => ({
    id,
    title,
    paragraphs: narrativeKey ? paragraphsOf(narrative, narrativeKey) : [],
    tables,
    charts,
  });
  const base = {
    year: report.year,
    title: `Jahresbericht ${report.year}`,
    subtitle: 'Präventionsrat der Stadt Halle (Saale) · Bericht an den Stadtrat',
    status: statusOf(report),
    compiledOn: figures ? date(berlinDateOf(new Date(figures.compiledAt))) : null,
  };
  if (!figures)
    return {
      ...base,
      sections: [
        section('einleitung', 'Einleitung', 'introduction'),
        { ...section('zahlen', 'Das Jahr in Zahlen', null), paragraphs: [EMPTY_FIGURES] },
      ],
    };

  const meetingChart = await barChartSvg(
    figures.meetings.byBody.map((body) => body.name),
    [
      { name: 'ordentlich', values: figures.meetings.byBody.map((body) => body.regular) },
      { name: 'außerordentlich', values: figures.meetings.byBody.map((body) => body.extraordinary) },
    ],
  );
  const stateChart = await barChartSvg(
    figures.recommendations.byState.map((entry) => stateLabel(entry.state)),
    [{ name: 'Empfehlungen', values: figures.recommendations.byState.map((entry) => entry.count) }],
  );
  const { workingGroups, composition, meetings, appointments } = figures;
  const appointmentRows = (list: AnnualFigures['appointments']['started']) =>
    list.map((a) => [
      a.label,
      a.personName ?? '–',
      a.organizationName ?? '',
      date(a.termStart),
      date(a.lastDay),
    ]);
  const appointmentHead = ['Sitz', 'Mitglied', 'Organisation', 'Amtszeit ab', 'letzter Tag'];

  return {
    ...base,
    sections: [
      section('einleitung', 'Einleitung', 'introduction'),
      section('zahlen', 'Das Jahr in Zahlen', null, [
        {
          caption: `Überblick ${report.year}`,
          head: ['Kennzahl', 'Wert'],
          rows: [
            ['Aktive Arbeitsgruppen am 1. Januar', String(workingGroups.activeOnFirstDay)],
            ['Aktive Arbeitsgruppen am 31. Dezember', String(workingGroups.activeOnLastDay)],
            ['Gegründete Arbeitsgruppen', String(workingGroups.founded.length)],
            ['Aufgelöste Arbeitsgruppen', String(workingGroups.dissolved.length)],
            ['Durchgeführte Sitzungen', String(meetings.total)],
            ['Vorgelegte Handlungsempfehlungen', String(figures.recommendations.submitted.length)],
            ['Vakanzen in der Steuerungsgruppe', String(figures.vacancies.length)],
          ],
          empty: '',
        },
      ]),
      section('arbeitsgruppen', 'Arbeitsgruppen', 'workingGroups', [
        {
          caption: 'Arbeitsgruppen im Berichtsjahr',
          head: ['Arbeitsgruppe', 'gegründet', 'aufgelöst'],
          rows: workingGroups.active.map((group) => [
            group.name,
            date(group.foundedAt),
            date(group.dissolvedAt),
          ]),
          empty: 'Im Berichtsjahr war keine Arbeitsgruppe aktiv.',
        },
        {
          caption: 'Moderation der Arbeitsgruppen',
          head: ['Arbeitsgruppe', 'Moderation', 'von', 'bis'],
          rows: figures.moderators.map((tenure) => [
            tenure.workingGroupName,
            tenure.personName ?? '–',
            date(tenure.from),
            date(tenure.to),
          ]),
          empty: 'Im Berichtsjahr hatte keine Arbeitsgruppe eine Moderation.',
        },
      ]),
      section('steuerungsgruppe', 'Steuerungsgruppe', 'steeringGroup', [
        compositionTable(`Zusammensetzung am ${date(composition.firstDay.date)}`, composition.firstDay),
        compositionTable(`Zusammensetzung am ${date(composition.lastDay.date)}`, composition.lastDay),
        {
          caption: 'Veränderungen im Berichtsjahr',
          head: ['Datum', 'Sitz', 'vorher', 'nachher'],
          rows: composition.changes.map((change) => [
            date(change.date),
            change.label,
            change.kind === 'seat-added' ? '(neuer Sitz)' : (change.before ?? 'unbesetzt'),
            change.kind === 'seat-removed' ? '(Sitz entfällt)' : (change.after ?? 'unbesetzt'),
          ]),
          empty: 'Die Zusammensetzung blieb unverändert.',
        },
        {
          caption: 'Unbesetzte Sitze (Vakanzen)',
          head: ['Sitz', 'von', 'bis', 'Tage'],
          rows: figures.vacancies.map((vacancy) => [
            vacancy.label,
            date(vacancy.from),
            vacancy.continues ? `${date(vacancy.to)} (dauert an)` : date(vacancy.to),
            String(vacancy.days),
          ]),
          empty: 'Alle Sitze waren das ganze Jahr besetzt.',
        },
      ]),
      section(
        'sitzungen',
        'Sitzungen',
        null,
        [
          {
            caption: 'Sitzungen je Gremium',
            head: ['Gremium', 'ordentlich', 'außerordentlich', 'Teilnahmen'],
            rows: meetings.byBody.map((body) => [
              body.name,
              String(body.regular),
              String(body.extraordinary),
              String(body.attendance),
            ]),
            empty: 'Keine Gremien.',
          },
          {
            caption: 'Durchgeführte Sitzungen',
            head: ['Datum', 'Gremium', 'Sitzung', 'Teilnahmen'],
            rows: meetings.held.map((meeting) => [
              date(meeting.date),
              meeting.bodyName,
              `${meeting.title}${meeting.kind === 'extraordinary' ? ' (außerordentlich)' : ''}`,
              String(meeting.attendance),
            ]),
            empty: 'Im Berichtsjahr fand keine Sitzung statt.',
          },
        ],
        [
          {
            title: 'Abbildung: Sitzungen je Gremium',
            svg: meetingChart,
            description: meetings.byBody
              .map(
                (body) => `${body.name}: ${body.regular} ordentlich, ${body.extraordinary} außerordentlich`,
              )
              .join('; '),
          },
        ],
      ),
      section(
        'empfehlungen',
        'Handlungsempfehlungen',
        null,
        [
          {
            caption: 'Im Berichtsjahr vorgelegte Handlungsempfehlungen und ihr Stand heute',
            head: ['Empfehlung', 'Arbeitsgruppe', 'vorgelegt', 'Stand', 'Weiterleitung und Antwort'],
            rows: figures.recommendations.submitted.map((item) => [
              item.title,
              item.workingGroupName ?? 'Steuerungsgruppe',
              date(item.submittedOn),
              stateLabel(item.state),
              [
                ...item.forwards.map(
                  (forward) =>
                    `an ${ADDRESSEES[forward.addressee] ?? forward.addressee} am ${date(forward.date)} (${forward.reference})`,
                ),
                ...item.answers.map(
                  (answer) =>
                    `Antwort ${ADDRESSEES[answer.addressee] ?? answer.addressee} vom ${date(answer.date)}: ${answer.summary}`,
                ),
              ].join('; ') || '–',
            ]),
            empty: 'Im Berichtsjahr wurde keine Handlungsempfehlung vorgelegt.',
          },
          {
            caption: 'Themen (Schlagworte) der Empfehlungen',
            head: ['Schlagwort', 'Empfehlungen'],
            rows: figures.tags.map((tag) => [tag.tag, String(tag.recommendations)]),
            empty: 'Die Empfehlungen tragen keine Schlagworte.',
          },
        ],
        figures.recommendations.byState.length
          ? [
              {
                title: 'Abbildung: Handlungsempfehlungen nach Stand',
                svg: stateChart,
                description: figures.recommendations.byState
                  .map((entry) => `${stateLabel(entry.state)}: ${entry.count}`)
                  .join('; '),
              },
            ]
          : [],
      ),
      section('berufungen', 'Berufene Mitglieder', null, [
        {
          caption: 'Begonnene Amtszeiten',
          head: appointmentHead,
          rows: appointmentRows(appointments.started),
          empty: 'Im Berichtsjahr begann keine Amtszeit.',
        },
        {
          caption: 'Abgelaufene Amtszeiten',
          head: appointmentHead,
          rows: appointmentRows(appointments.expired),
          empty: 'Im Berichtsjahr lief keine Amtszeit ab.',
        },
        {
          caption: 'Vorzeitig beendete Amtszeiten',
          head: appointmentHead,
          rows: appointmentRows(appointments.ended),
          empty: 'Im Berichtsjahr endete keine Amtszeit vorzeitig.',
        },
      ]),
      section('ausblick', 'Ausblick', 'outlook'),
    ],
  };
}
