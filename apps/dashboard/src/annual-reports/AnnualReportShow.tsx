import DescriptionIcon from '@mui/icons-material/Description';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, type ReactNode } from 'react';
import {
  Form,
  Labeled,
  SaveButton,
  Show,
  useDataProvider,
  useGetOne,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { CommandPanel } from '../commands/CommandPanel';
import { PayloadFields } from '../commands/PayloadFields';
import { planFields, toPayload } from '../commands/payload';
import { useProcessLabels } from '../definitions/useLabels';
import { ColumnHeads } from '../fields/ColumnHeads';
import { DateTimeField } from '../fields/DateTimeField';
import { DocumentsPanel } from '../files/DocumentsPanel';
import { TranslatedField } from '../fields/TranslatedField';
import type { GremiumDataProvider } from '../providers/dataProvider';
import { formatDateTime } from '../fields/dates';
import { api } from '../providers/http';
import { VotesSection } from '../recommendations/VotesSection';
import type { AnnualFigures, AnnualReportRecord, ProcessRecord } from '../types';

const SECTIONS = ['introduction', 'workingGroups', 'steeringGroup', 'outlook'] as const;
const REPORT_VOTES = ['approve', 'return'] as const;

const Title = () => {
  const record = useRecordContext<AnnualReportRecord>();
  const translate = useTranslate();
  return <>{record ? translate('gremium.annual_reports.title', { year: record.year }) : ''}</>;
};

/** A calendar date (YYYY-MM-DD) in the user's language. */
const useDay = () => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return (date: string | null) => (date ? format.format(new Date(`${date}T00:00:00Z`)) : '–');
  }, [locale]);
};

/** A titled section of the page. */
const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const id = useId();
  return (
    <Box component="section" aria-labelledby={id} sx={{ py: 2 }}>
      <Typography id={id} variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
};

/** One table of figures; it scrolls inside its box on a narrow screen, the page does not. */
const FigureTable = ({
  caption,
  heads,
  rows,
  empty,
}: {
  caption: string;
  heads: string[];
  rows: ReactNode[][];
  empty: string;
}) => {
  const translate = useTranslate();
  const id = useId();
  return (
    <Box sx={{ mb: 2 }}>
      <Typography id={id} variant="subtitle1" component="h3">
        {translate(caption)}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate(empty)}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', maxWidth: '100%' }}>
          <Table size="small" aria-labelledby={id}>
            <ColumnHeads labels={heads} />
            <TableBody>
              {rows.map((row, index) => (
                <TableRow key={index}>
                  {row.map((cell, column) => (
                    <TableCell key={column}>{cell}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

const F = 'gremium.annual_reports.';

/** The figures as the report shows them: as of the report's year, frozen once approved. */
const Figures = ({ figures }: { figures: AnnualFigures }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const day = useDay();
  const seatName = (seat: { kind: string; label: string }) =>
    seat.kind === 'moderator' ? seat.label : translate(`gremium.seats.${seat.kind}`, { _: seat.label });
  const vacant = translate(`${F}vacant`);
  const composition = (which: 'firstDay' | 'lastDay') => {
    const on = figures.composition[which];
    return (
      <FigureTable
        caption={translate(`${F}composition_on`, {
          date: day(on.date),
          occupied: on.occupied,
          size: on.size,
        })}
        heads={[`${F}seat`, `${F}member`, `${F}organization`]}
        rows={on.seats.map((seat) => [
          seatName(seat),
          seat.personName ?? vacant,
          seat.organizationName ?? '',
        ])}
        empty={`${F}none`}
      />
    );
  };
  const appointments = (list: AnnualFigures['appointments']['started']) =>
    list.map((a) => [
      translate(`gremium.seats.${a.seat}`),
      a.personName ?? '–',
      a.organizationName ?? '',
      day(a.termStart),
      day(a.lastDay),
    ]);
  const appointmentHeads = [`${F}seat`, `${F}member`, `${F}organization`, `${F}term_start`, `${F}last_day`];
  return (
    <>
      <Section title={translate(`${F}overview`)}>
        <FigureTable
          caption={`${F}key_figures`}
          heads={[`${F}figure`, `${F}value`]}
          rows={[
            [translate(`${F}groups_first_day`), figures.workingGroups.activeOnFirstDay],
            [translate(`${F}groups_last_day`), figures.workingGroups.activeOnLastDay],
            [translate(`${F}groups_founded`), figures.workingGroups.founded.length],
            [translate(`${F}groups_dissolved`), figures.workingGroups.dissolved.length],
            [translate(`${F}meetings_held`), figures.meetings.total],
            [translate(`${F}recommendations_submitted`), figures.recommendations.submitted.length],
            [translate(`${F}vacancies`), figures.vacancies.length],
          ]}
          empty={`${F}none`}
        />
        <Typography variant="body2">
          {translate(`${F}compiled_at`, {
            date: formatDateTime(figures.compiledAt, locale),
          })}
        </Typography>
      </Section>
      <Divider />
      <Section title={translate(`${F}steering_group`)}>
        {composition('firstDay')}
        {composition('lastDay')}
        <FigureTable
          caption={`${F}changes`}
          heads={[`${F}date`, `${F}seat`, `${F}before`, `${F}after`]}
          rows={figures.composition.changes.map((change) => [
            day(change.date),
            change.label,
            change.kind === 'seat-added' ? translate(`${F}seat_added`) : (change.before ?? vacant),
            change.kind === 'seat-removed' ? translate(`${F}seat_removed`) : (change.after ?? vacant),
          ])}
          empty={`${F}no_changes`}
        />
        <FigureTable
          caption={`${F}vacancies`}
          heads={[`${F}seat`, `${F}from`, `${F}to`, `${F}days`]}
          rows={figures.vacancies.map((vacancy) => [
            vacancy.label,
            day(vacancy.from),
            vacancy.continues ? translate(`${F}continues`, { date: day(vacancy.to) }) : day(vacancy.to),
            vacancy.days,
          ])}
          empty={`${F}no_vacancies`}
        />
      </Section>
      <Divider />
      <Section title={translate(`${F}working_groups`)}>
        <FigureTable
          caption={`${F}groups_active`}
          heads={[`${F}group`, `${F}founded_at`, `${F}dissolved_at`]}
          rows={figures.workingGroups.active.map((group) => [
            group.name,
            day(group.foundedAt),
            day(group.dissolvedAt),
          ])}
          empty={`${F}none`}
        />
        <FigureTable
          caption={`${F}moderators`}
          heads={[`${F}group`, `${F}member`, `${F}from`, `${F}to`]}
          rows={figures.moderators.map((tenure) => [
            tenure.workingGroupName,
            tenure.personName,
            day(tenure.from),
            day(tenure.to),
          ])}
          empty={`${F}none`}
        />
      </Section>
      <Divider />
      <Section title={translate(`${F}meetings`)}>
        <FigureTable
          caption={`${F}meetings_by_body`}
          heads={[`${F}body`, `${F}regular`, `${F}extraordinary`, `${F}attendance`]}
          rows={figures.meetings.byBody.map((body) => [
            body.name,
            body.regular,
            body.extraordinary,
            body.attendance,
          ])}
          empty={`${F}none`}
        />
      </Section>
      <Divider />
      <Section title={translate(`${F}recommendations`)}>
        <FigureTable
          caption={`${F}recommendations_submitted`}
          heads={[`${F}recommendation`, `${F}group`, `${F}submitted_on`, `${F}state`]}
          rows={figures.recommendations.submitted.map((item) => [
            item.title,
            item.workingGroupName ?? translate('gremium.bodies.steering'),
            day(item.submittedOn),
            translate(`gremium.states.${item.state}`, { _: item.state }),
          ])}
          empty={`${F}none`}
        />
        <FigureTable
          caption={`${F}tags`}
          heads={[`${F}tag`, `${F}count`]}
          rows={figures.tags.map((tag) => [tag.tag, tag.recommendations])}
          empty={`${F}none`}
        />
      </Section>
      <Divider />
      <Section title={translate(`${F}appointments`)}>
        <FigureTable
          caption={`${F}started`}
          heads={appointmentHeads}
          rows={appointments(figures.appointments.started)}
          empty={`${F}none`}
        />
        <FigureTable
          caption={`${F}expired`}
          heads={appointmentHeads}
          rows={appointments(figures.appointments.expired)}
          empty={`${F}none`}
        />
        <FigureTable
          caption={`${F}ended`}
          heads={appointmentHeads}
          rows={appointments(figures.appointments.ended)}
          empty={`${F}none`}
        />
      </Section>
    </>
  );
};

/**
 * The narrative sections, edited with the form of the EDIT_NARRATIVE command's schema while the report is
 * being drafted (and the user may send it); read-only otherwise.
 */
const Narrative = ({ record }: { record: AnnualReportRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<GremiumDataProvider>();
  const labels = useProcessLabels();
  const { data: process } = useGetOne<ProcessRecord>('processes', { id: record.processId });
  const spec = labels.command('annual-report', 'EDIT_NARRATIVE');
  const plan = useMemo(() => (spec ? planFields('EDIT_NARRATIVE', spec.payloadSchema) : []), [spec]);
  const editable = process?.availableCommands.some((command) => command.type === 'EDIT_NARRATIVE');
  if (!editable || !spec) {
    const written = SECTIONS.filter((section) => record.narrative[section]);
    return (
      <Section title={translate(`${F}narrative`)}>
        {written.length === 0 && <Typography variant="body2">{translate(`${F}no_narrative`)}</Typography>}
        {written.map((section) => (
          <Box key={section} sx={{ mb: 2 }}>
            <Typography variant="subtitle1" component="h3">
              {translate(`${F}sections.${section}`)}
            </Typography>
            <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', maxWidth: '75ch' }}>
              {record.narrative[section]}
            </Typography>
          </Box>
        ))}
      </Section>
    );
  }
  const save = async (values: Record<string, unknown>) => {
    const outcome = await dataProvider.sendCommand(record.processId, {
      type: 'EDIT_NARRATIVE',
      payload: toPayload(plan, values),
    });
    notify(outcome.status === 'rejected' ? (outcome.reason ?? '') : `${F}narrative_saved`, {
      type: outcome.status === 'rejected' ? 'error' : 'success',
    });
    refresh();
  };
  return (
    <Section title={translate(`${F}narrative`)}>
      <Form record={{ id: record.id, sections: record.narrative }} onSubmit={save} noValidate>
        <PayloadFields plan={plan} />
        <SaveButton label={`${F}save_narrative`} icon={<SaveIcon />} />
      </Form>
    </Section>
  );
};

/** The report as the city council reads it: HTML preview and PDF, from the same data. */
const Documents = ({ record }: { record: AnnualReportRecord }) => {
  const translate = useTranslate();
  const base = `/api/annual-reports/${record.id}`;
  return (
    <Section title={translate(`${F}document`)}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          href={`${base}/report.html`}
          target="_blank"
          rel="noopener"
          startIcon={<DescriptionIcon />}
        >
          {translate(`${F}preview_html`)}
        </Button>
        <Button
          variant="outlined"
          href={`${base}/report.pdf`}
          download={`jahresbericht-${record.year}.pdf`}
          startIcon={<PictureAsPdfIcon />}
        >
          {translate(`${F}download_pdf`)}
        </Button>
      </Box>
    </Section>
  );
};

/** Documents sent with the report (e.g. the council's cover letter): the coordination office adds them. */
const Attachments = () => {
  const record = useRecordContext<AnnualReportRecord>();
  const { permissions } = usePermissions<string[]>();
  if (!record) return null;
  return (
    <DocumentsPanel
      subjectKind="annual-report"
      subjectId={String(record.id)}
      canChange={(permissions ?? []).includes('coordination')}
    />
  );
};

/** The figures with names: the stored report names people by id only (an erased person reads as the pseudonym). */
const NamedFigures = ({ record }: { record: AnnualReportRecord }) => {
  const translate = useTranslate();
  const { data: figures } = useQuery({
    queryKey: ['annual-report-figures', record.id, record.updatedAt],
    queryFn: async () =>
      (await api<AnnualFigures | null>(`annual-reports/${encodeURIComponent(String(record.id))}/figures`))
        .body,
    enabled: Boolean(record.figures),
  });
  return figures ? <Figures figures={figures} /> : <Typography>{translate(`${F}compiling`)}</Typography>;
};

const Content = () => {
  const record = useRecordContext<AnnualReportRecord>();
  const translate = useTranslate();
  const day = useDay();
  if (!record) return null;
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        p: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
      }}
    >
      <Box sx={{ minWidth: 0 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
          <Labeled source="state">
            <TranslatedField source="state" prefix="gremium.states" />
          </Labeled>
          <Labeled source="approvedAt">
            <DateTimeField source="approvedAt" emptyText="–" />
          </Labeled>
          {record.submission && (
            <Labeled source="submission">
              <Typography variant="body2">
                {translate(`${F}submitted_on_reference`, {
                  date: day(record.submission.date),
                  reference: record.submission.reference ?? '–',
                })}
              </Typography>
            </Labeled>
          )}
        </Box>
        {record.approvedAt && (
          <Alert severity="info" sx={{ my: 2 }}>
            {translate(`${F}frozen`)}
          </Alert>
        )}
        <Narrative record={record} />
        <Divider />
        <NamedFigures record={record} />
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <CommandPanel processId={record.processId} hide={['EDIT_NARRATIVE']} />
        <Divider />
        <VotesSection kinds={REPORT_VOTES} />
        <Divider />
        <Documents record={record} />
        <Divider />
        <Attachments />
      </Box>
    </Box>
  );
};

/** An annual report (P6): its figures, the narrative, the sign-off and the document. */
export const AnnualReportShow = () => (
  <Show title={<Title />}>
    <Content />
  </Show>
);
