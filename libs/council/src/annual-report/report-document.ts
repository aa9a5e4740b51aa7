import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { loadPdfmake } from '../shared/pdf';
import type { ReportContent, ReportTable } from './report-content';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

const STYLE = `
  @page { size: A4; margin: 22mm 20mm; }
  body { font-family: Roboto, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 50rem; margin: 0 auto; padding: 1rem; }
  .title-page { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; break-after: page; }
  .title-page h1 { font-size: 2.4rem; margin: 0 0 .5rem; }
  .title-page p { margin: .25rem 0; color: #333; }
  nav ol { padding-left: 1.4rem; }
  h2 { margin-top: 2.2rem; border-bottom: 1px solid #bbb; padding-bottom: .2rem; }
  table { border-collapse: collapse; width: 100%; margin: 1rem 0 1.4rem; font-size: 10pt; }
  caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
  th, td { border: 1px solid #bbb; padding: .3rem .45rem; text-align: left; vertical-align: top; }
  th { background: #eef2f5; }
  figure { margin: 1rem 0 1.6rem; }
  figure svg { max-width: 100%; height: auto; }
  figcaption { font-size: 10pt; color: #333; }
  .empty { font-style: italic; color: #444; }
`;

function htmlTable(table: ReportTable): string {
  if (table.rows.length === 0)
    return `<p class="empty"><strong>${escape(table.caption)}:</strong> ${escape(table.empty)}</p>`;
  const head = table.head.map((cell) => `<th scope="col">${escape(cell)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><caption>${escape(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** The report as one HTML page: title page, table of contents, chapters with tables and charts (SVG). */
export function reportHtml(content: ReportContent): string {
  const toc = content.sections
    .map((section) => `<li><a href="#${section.id}">${escape(section.title)}</a></li>`)
    .join('');
  const sections = content.sections
    .map((section) => {
      const paragraphs = section.paragraphs.map((text) => `<p>${escape(text)}</p>`).join('\n');
      const charts = section.charts
        .map(
          (chart) =>
            `<figure><div role="img" aria-label="${escape(`${chart.title}: ${chart.description}`)}">${chart.svg}</div>` +
            `<figcaption>${escape(chart.title)}</figcaption></figure>`,
        )
        .join('\n');
      return `<section aria-labelledby="${section.id}"><h2 id="${section.id}">${escape(section.title)}</h2>\n${paragraphs}\n${charts}\n${section.tables.map(htmlTable).join('\n')}</section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(content.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="title-page">
<h1>${escape(content.title)}</h1>
<p>${escape(content.subtitle)}</p>
<p>${escape(content.status)}</p>
${content.compiledOn ? `<p>Zahlen zusammengestellt am ${escape(content.compiledOn)}</p>` : ''}
</header>
<main>
<nav aria-labelledby="inhalt"><h2 id="inhalt">Inhalt</h2><ol>${toc}</ol></nav>
${sections}
</main>
</body>
</html>
`;
}

function pdfTable(table: ReportTable): Content {
  if (table.rows.length === 0)
    return {
      text: [
        { text: `${table.caption}: `, bold: true },
        { text: table.empty, italics: true },
      ],
      margin: [0, 4, 0, 10],
    };
  return {
    stack: [
      { text: table.caption, style: 'caption' },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: table.head.map((_, index) => (index === 0 ? '*' : 'auto')),
          body: [table.head.map((cell) => ({ text: cell, style: 'th' })), ...table.rows],
        },
        layout: 'lightHorizontalLines',
      },
    ],
    margin: [0, 4, 0, 12],
  };
}

/** The report as a PDF (A4, German): title page, table of contents, page numbers, tables and charts. */
export async function reportPdf(content: ReportContent): Promise<Buffer> {
  const chapters: Content[] = content.sections.flatMap((section, index): Content[] => [
    {
      text: `${index + 1}. ${section.title}`,
      style: 'h1',
      tocItem: true,
      ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    },
    ...section.paragraphs.map((text): Content => ({ text, margin: [0, 0, 0, 8] })),
    ...section.charts.flatMap((chart): Content[] => [
      { svg: chart.svg, width: 440, margin: [0, 6, 0, 2] },
      { text: chart.title, style: 'caption', margin: [0, 0, 0, 12] },
    ]),
    ...section.tables.map(pdfTable),
  ]);
  const definition: TDocumentDefinitions = {
    info: { title: content.title, subject: content.subtitle, creator: 'Gremium', producer: 'Gremium' },
    language: 'de-DE',
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 64],
    defaultStyle: { font: 'Roboto', fontSize: 10.5, lineHeight: 1.2 },
    styles: {
      kicker: { fontSize: 9, color: '#555555' },
      title: { fontSize: 30, bold: true, margin: [0, 200, 0, 12] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 6] },
      h1: { fontSize: 16, bold: true, margin: [0, 0, 0, 10] },
      caption: { fontSize: 10, bold: true, margin: [0, 0, 0, 4] },
      th: { bold: true },
    },
    header: (page: number) =>
      page === 1
        ? null
        : { text: `Präventionsrat · ${content.title}`, style: 'kicker', margin: [56, 28, 56, 0] },
    footer: (page: number, pages: number) =>
      page === 1
        ? null
        : {
            text: `Seite ${page} von ${pages}`,
            style: 'kicker',
            alignment: 'right',
            margin: [56, 24, 56, 0],
          },
    content: [
      { text: content.title, style: 'title' },
      { text: content.subtitle, style: 'subtitle' },
      { text: content.status, style: 'subtitle' },
      ...(content.compiledOn
        ? [{ text: `Zahlen zusammengestellt am ${content.compiledOn}`, style: 'kicker' }]
        : []),
      { toc: { title: { text: 'Inhalt', style: 'h1' } }, pageBreak: 'before' },
      { text: '', pageBreak: 'after' },
      ...chapters,
    ],
  };
  return (await loadPdfmake()).createPdf(definition).getBuffer();
}
