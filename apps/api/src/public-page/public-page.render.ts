import {
  isGone,
  type OpenData,
  type OpenFile,
  type OpenMeeting,
  type OpenOrganization,
  type OpenPaper,
  type OpenPerson,
} from '@gremium/council';
import { html, type Html } from './html';

const TIME_ZONE = 'Europe/Berlin';
const dayFormat = new Intl.DateTimeFormat('de-DE', { timeZone: TIME_ZONE, dateStyle: 'full' });
const timeFormat = new Intl.DateTimeFormat('de-DE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const ADDRESSEES = { administration: 'Stadtverwaltung', council: 'Stadtrat' } as const;

/** 2026-03-14 → 14.03.2026 */
const germanDate = (date: string) => date.split('-').reverse().join('.');
const when = (meeting: OpenMeeting) =>
  `${dayFormat.format(meeting.start)}, ${timeFormat.format(meeting.start)}–${timeFormat.format(meeting.end)} Uhr`;

export interface PageLinks {
  calendar: string;
  oparl: string;
  /** A published document's download. */
  file: (id: string) => string;
  /** A submitted annual report's PDF. */
  report: (year: number) => string;
}

const KILOBYTE = 1024;
const sizeOf = (bytes: number) =>
  bytes < KILOBYTE * KILOBYTE
    ? `${Math.max(1, Math.round(bytes / KILOBYTE))} KB`
    : `${(bytes / KILOBYTE / KILOBYTE).toFixed(1).replace('.', ',')} MB`;

function documents(ids: string[], data: OpenData, links: PageLinks): Html | '' {
  const files = ids.flatMap((id) => data.files.filter((f) => f.id === id && !isGone(f)) as OpenFile[]);
  if (!files.length) return '';
  return html`<p>Dokumente:</p>
    <ul>
      ${files.map(
        (file) =>
          html`<li>
            <a href="${links.file(file.id)}">${file.name}</a>
            (${file.mediaType === 'application/pdf' ? 'PDF, ' : ''}${sizeOf(file.size)})
          </li>`,
      )}
    </ul>`;
}

function bodies(data: OpenData, people: Map<string, OpenPerson>): Html {
  const organizations = data.organizations.filter((o) => o.kind !== 'addressee');
  const members = (org: OpenOrganization) =>
    data.memberships
      .filter((m) => m.organizationId === org.id && (!m.endDate || m.endDate >= today(data)))
      .flatMap((m) => {
        const person = people.get(m.personId);
        return person ? [`${person.name} (${m.role})`] : [];
      });
  return html`<ul class="cards">
    ${organizations.map((org) => {
      const names = members(org);
      return html`<li class="card" id="gremium-${org.id}">
        <h3>${org.name}</h3>
        ${org.topic ? html`<p class="meta">Thema: ${org.topic}</p>` : ''}
        ${
          org.startDate
            ? html`<p class="meta">
                Gegründet am
                ${germanDate(org.startDate)}${org.endDate ? html`, aufgelöst am ${germanDate(org.endDate)}` : ''}
              </p>`
            : ''
        }
        ${names.length ? html`<p>Mitglieder mit öffentlichem Profil: ${names.join(', ')}</p>` : ''}
      </li>`;
    })}
  </ul>`;
}

const today = (data: OpenData) => new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(data.asOf);

function meeting(
  item: OpenMeeting,
  organizations: Map<string, OpenOrganization>,
  data: OpenData,
  links: PageLinks,
): Html {
  const organ = organizations.get(item.organizationId);
  return html`<li class="card" id="sitzung-${item.id}">
    <h3>${item.name}${item.state === 'cancelled' ? ' – abgesagt' : ''}</h3>
    <p class="meta">${organ?.name ?? ''} · ${when(item)} · ${item.location}</p>
    ${
      item.agenda.length
        ? html`<p>Tagesordnung:</p>
            <ol>
              ${item.agenda.map(
                (entry) =>
                  html`<li>
                    ${entry.name}${entry.result ? html` – <em>Ergebnis:</em> ${entry.result}` : ''}
                  </li>`,
              )}
            </ol>`
        : html`<p>Die Tagesordnung hat noch keine Punkte.</p>`
    }
    ${documents(item.fileIds, data, links)}
  </li>`;
}

function paper(
  item: OpenPaper,
  organizations: Map<string, OpenOrganization>,
  data: OpenData,
  links: PageLinks,
): Html {
  const group = organizations.get(item.originatorId);
  return html`<li class="card" id="empfehlung-${item.id}">
    <h3>${item.name}</h3>
    <p class="meta">${group?.name ?? ''} · befürwortet am ${germanDate(item.date)}</p>
    <p><span class="fate">Stand: ${item.fate}</span></p>
    <p class="text">${item.text}</p>
    <dl>
      <dt>Adressaten</dt>
      <dd>${item.addressees.map((a) => ADDRESSEES[a]).join(', ')}</dd>
      ${item.forwards.map(
        (f) =>
          html`<dt>Weitergeleitet an ${ADDRESSEES[f.addressee]}</dt>
            <dd>am ${germanDate(f.date)}${f.reference ? `, Zeichen ${f.reference}` : ''}</dd>`,
      )}
      ${item.answers.map(
        (a) =>
          html`<dt>Antwort ${a.addressee === 'council' ? 'des Stadtrats' : 'der Stadtverwaltung'}</dt>
            <dd>vom ${germanDate(a.date)}: ${a.summary}</dd>`,
      )}
    </dl>
    ${documents(item.fileIds, data, links)} ${documents(item.fileIds, data, links)}
  </li>`;
}

/** The public page: the council's bodies, its meetings with their agendas, its recommendations and their fate. */
export function renderPublicPage(data: OpenData, links: PageLinks): string {
  const organizations = new Map(data.organizations.map((o) => [o.id, o]));
  const people = new Map(data.people.flatMap((p) => (isGone(p) ? [] : [[p.id, p] as const])));
  const meetings = data.meetings.flatMap((m) => (isGone(m) ? [] : [m]));
  const upcoming = meetings.filter((m) => m.end >= data.asOf);
  const past = meetings.filter((m) => m.end < data.asOf).reverse();
  const papers = data.papers.flatMap((p) => (isGone(p) ? [] : [p])).reverse();
  const page = html`<!doctype html>
    <html lang="de">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Präventionsrat – öffentliche Informationen</title>
        <link rel="stylesheet" href="/oeffentlich/stil.css" />
        <link rel="alternate" type="text/calendar" title="Öffentliche Sitzungen" href="${links.calendar}" />
      </head>
      <body>
        <a class="skip" href="#inhalt">Zum Inhalt springen</a>
        <header>
          <h1>Präventionsrat – öffentliche Informationen</h1>
          <p class="lead">
            Der Präventionsrat berät die Stadt in Fragen der Kriminalprävention. Hier stehen seine Gremien,
            die Sitzungen mit ihren Tagesordnungen und die Handlungsempfehlungen mit ihrem Stand.
          </p>
          <nav aria-label="Abschnitte">
            <ul>
              <li><a href="#gremien">Gremien</a></li>
              <li><a href="#sitzungen">Kommende Sitzungen</a></li>
              <li><a href="#vergangene">Vergangene Sitzungen</a></li>
              <li><a href="#empfehlungen">Handlungsempfehlungen</a></li>
              <li><a href="#jahresberichte">Jahresberichte</a></li>
              <li><a href="#daten">Kalender und offene Daten</a></li>
            </ul>
          </nav>
        </header>
        <main id="inhalt">
          <section aria-labelledby="gremien">
            <h2 id="gremien">Gremien</h2>
            ${bodies(data, people)}
          </section>
          <section aria-labelledby="sitzungen">
            <h2 id="sitzungen">Kommende Sitzungen</h2>
            ${
              upcoming.length
                ? html`<ul class="cards">
                    ${upcoming.map((m) => meeting(m, organizations, data, links))}
                  </ul>`
                : html`<p>Zurzeit ist keine Sitzung einberufen.</p>`
            }
          </section>
          <section aria-labelledby="vergangene">
            <h2 id="vergangene">Vergangene Sitzungen</h2>
            ${
              past.length
                ? html`<ul class="cards">
                    ${past.map((m) => meeting(m, organizations, data, links))}
                  </ul>`
                : html`<p>Noch keine.</p>`
            }
          </section>
          <section aria-labelledby="empfehlungen">
            <h2 id="empfehlungen">Handlungsempfehlungen</h2>
            ${
              papers.length
                ? html`<ul class="cards">
                    ${papers.map((p) => paper(p, organizations, data, links))}
                  </ul>`
                : html`<p>Noch keine Handlungsempfehlung ist befürwortet.</p>`
            }
          </section>
          <section aria-labelledby="jahresberichte">
            <h2 id="jahresberichte">Jahresberichte an den Stadtrat</h2>
            ${
              data.reports.length
                ? html`<ul>
                    ${[...data.reports]
                      .reverse()
                      .map(
                        (report) =>
                          html`<li>
                            <a href="${links.report(report.year)}">Jahresbericht ${report.year} (PDF)</a>, dem
                            Stadtrat vorgelegt am
                            ${germanDate(report.submittedOn)}${report.reference ? `, Zeichen ${report.reference}` : ''}
                          </li>`,
                      )}
                  </ul>`
                : html`<p>Noch kein Jahresbericht ist dem Stadtrat vorgelegt.</p>`
            }
          </section>
          <section aria-labelledby="daten">
            <h2 id="daten">Kalender und offene Daten</h2>
            <ul>
              <li><a href="${links.calendar}">Sitzungskalender abonnieren (iCalendar)</a></li>
              <li><a href="${links.oparl}">Offene Ratsdaten im Standard OParl 1.1</a></li>
            </ul>
          </section>
        </main>
        <footer>
          <p>Personen werden nur mit ihrer Einwilligung genannt; sonst steht „N. N.“.</p>
        </footer>
      </body>
    </html>`;
  return page.value;
}
