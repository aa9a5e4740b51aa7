import type { AnnualReport } from '../processes/annual-report/annual-report.entity';
import { compileFigures } from './figures';
import { facts } from './figures.fixture';
import { reportContent, type ReportContent } from './report-content';
import { reportHtml, reportPdf } from './report-document';

const report = {
  id: 'r',
  year: 2026,
  state: 'drafting',
  figures: compileFigures(2026, facts(), new Date('2027-01-15T08:00:00Z')),
  narrative: { introduction: 'Ein Jahr <der> Prävention.\n\nZweiter Absatz.' },
  approvedAt: null,
  submission: null,
} as unknown as AnnualReport;

describe('the annual report as a document', () => {
  let content: ReportContent;
  beforeAll(async () => {
    content = await reportContent(report);
  });

  it('has the chapters in order, the narrative in paragraphs and a chart per figure kind', () => {
    expect(content.sections.map((section) => section.title)).toEqual([
      'Einleitung',
      'Das Jahr in Zahlen',
      'Arbeitsgruppen',
      'Steuerungsgruppe',
      'Sitzungen',
      'Handlungsempfehlungen',
      'Berufene Mitglieder',
      'Ausblick',
    ]);
    expect(content.sections[0].paragraphs).toEqual(['Ein Jahr <der> Prävention.', 'Zweiter Absatz.']);
    const charts = content.sections.flatMap((section) => section.charts);
    expect(charts.map((chart) => chart.title)).toEqual([
      'Abbildung: Sitzungen je Gremium',
      'Abbildung: Handlungsempfehlungen nach Stand',
    ]);
    for (const chart of charts) expect(chart.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  });

  it('renders HTML with the title, the contents, escaped text and the vacancy in days', () => {
    const html = reportHtml(content);
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('<title>Jahresbericht 2026</title>');
    expect(html).toContain('<a href="#steuerungsgruppe">Steuerungsgruppe</a>');
    expect(html).toContain('Ein Jahr &lt;der&gt; Prävention.');
    expect(html).toContain(
      '<td>Polizeiinspektion</td><td>10.10.2026</td><td>31.12.2026 (dauert an)</td><td>83</td>',
    );
  });

  it('renders an A4 PDF', async () => {
    const pdf = await reportPdf(content);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 in points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
  });
});
