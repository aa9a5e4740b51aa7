import type { EntityManager } from '@mikro-orm/postgresql';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { Person } from '../people/person.entity';
import { formatGermanDate, germanPeriod } from '../shared/german-labels';
import { loadPdfmake } from '../shared/pdf';
import { councilVocabulary } from '../shared/vocabulary';
import { berlinDateOf } from '../terms/calendar-date';
import { agendaOf } from './agenda';
import { bodyName } from './meeting-invitations';
import type { Meeting } from './meeting.entity';
import { minutesOf } from './minutes';

const STATE_LABELS: Record<Meeting['state'], string> = {
  planned: 'geplant',
  invited: 'eingeladen',
  held: 'durchgeführt',
  minutesApproved: 'Protokoll genehmigt',
  cancelled: 'abgesagt',
};

const DISPATCH_LABELS: Record<string, string> = {
  queued: 'wird übermittelt',
  applied: 'übernommen',
  rejected: 'nicht übernommen',
};

function document(title: string, meeting: Meeting, body: string, content: Content[]): TDocumentDefinitions {
  return {
    info: { title: `${title}: ${meeting.title}`, creator: 'Gremium', producer: 'Gremium' },
    language: 'de-DE',
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    styles: {
      kicker: { fontSize: 9, color: '#555555' },
      heading: { fontSize: 18, bold: true, margin: [0, 4, 0, 8] },
      section: { fontSize: 12, bold: true, margin: [0, 14, 0, 6] },
    },
    header: { text: `Präventionsrat · ${body}`, style: 'kicker', margin: [56, 28, 56, 0] },
    footer: (page: number, pages: number) => ({
      columns: [
        { text: `${title} · ${meeting.title}`, style: 'kicker' },
        { text: `Seite ${page} von ${pages}`, style: 'kicker', alignment: 'right' },
      ],
      margin: [56, 24, 56, 0],
    }),
    content: [
      { text: title, style: 'kicker' },
      { text: meeting.title, style: 'heading' },
      {
        table: {
          widths: [90, '*'],
          body: [
            ['Gremium', body],
            ['Termin', germanPeriod(meeting.start, meeting.end)],
            ['Ort', meeting.location],
            ...(meeting.onlineUrl ? [['Online', meeting.onlineUrl]] : []),
            ['Stand', STATE_LABELS[meeting.state]],
          ],
        },
        layout: 'noBorders',
      },
      ...content,
    ],
  };
}

/** The agenda as a PDF (German dates, page numbers). */
export async function agendaPdf(em: EntityManager, meeting: Meeting): Promise<Buffer> {
  const items = (await agendaOf(em, meeting)).filter((item) => item.status === 'accepted');
  const body = await bodyName(em, meeting);
  const list: Content = items.length
    ? {
        table: {
          headerRows: 1,
          widths: [40, '*', 80],
          body: [
            [
              { text: 'TOP', bold: true },
              { text: 'Gegenstand', bold: true },
              { text: 'Art', bold: true },
            ],
            ...items.map((item, index) => [
              `${index + 1}`,
              item.title,
              { decision: 'Beschluss', report: 'Bericht', topic: 'Thema' }[item.kind],
            ]),
          ],
        },
        layout: 'lightHorizontalLines',
      }
    : { text: 'Noch keine Tagesordnungspunkte.', italics: true };
  return (await loadPdfmake())
    .createPdf(document('Tagesordnung', meeting, body, [{ text: 'Tagesordnung', style: 'section' }, list]))
    .getBuffer();
}

/** The minutes as a PDF: attendance, then per agenda item its result, decision, votes and what became of it. */
export async function minutesPdf(em: EntityManager, meeting: Meeting): Promise<Buffer> {
  const agenda = await agendaOf(em, meeting);
  const minutes = await minutesOf(em, meeting);
  const body = await bodyName(em, meeting);
  const attendees = meeting.attendance.length
    ? await em.find(Person, { id: { $in: meeting.attendance } }, { orderBy: { name: 'asc' } })
    : [];
  const byItem = new Map(minutes.items.map((item) => [item.agendaItemId, item]));
  const items: Content[] = agenda
    .filter((item) => item.status === 'accepted')
    .flatMap((item, index) => {
      const entry = byItem.get(item.id);
      const lines: Content[] = [
        { text: `TOP ${index + 1}: ${item.title}`, bold: true, margin: [0, 10, 0, 2] },
      ];
      lines.push({ text: entry?.result || 'Kein Ergebnis festgehalten.', italics: !entry?.result });
      if (entry?.decision) {
        const label = councilVocabulary.choices.decision[entry.decision]?.de ?? entry.decision;
        const votes = entry.votes
          ? ` (Ja ${entry.votes.yes}, Nein ${entry.votes.no}, Enthaltungen ${entry.votes.abstain})`
          : '';
        lines.push({ text: `Beschluss: ${label}${votes}` });
      }
      if (entry?.dispatch) {
        const status = DISPATCH_LABELS[entry.dispatch.status] ?? entry.dispatch.status;
        lines.push({
          text: `Übermittlung an den Vorgang: ${status}${entry.dispatch.reason ? ` – ${entry.dispatch.reason}` : ''}`,
          style: 'kicker',
        });
      }
      return lines;
    });
  const recorded = minutes.recordedAt ? formatGermanDate(berlinDateOf(Date.parse(minutes.recordedAt))) : null;
  return (await loadPdfmake())
    .createPdf(
      document('Protokoll', meeting, body, [
        { text: 'Anwesend', style: 'section' },
        attendees.length
          ? { ul: attendees.map((person) => person.name) }
          : { text: 'Keine Anwesenheit erfasst.', italics: true },
        { text: 'Ergebnisse', style: 'section' },
        ...items,
        ...(recorded
          ? [{ text: `Protokoll erfasst am ${recorded}.`, style: 'kicker', margin: [0, 16, 0, 0] } as Content]
          : []),
      ]),
    )
    .getBuffer();
}
