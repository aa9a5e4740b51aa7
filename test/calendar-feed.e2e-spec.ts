import * as nodeIcal from 'node-ical';
import { CouncilFixture, type SteeringCouncil } from './support/council-fixture';
import { TestApp } from './support/test-app';

const uidsOf = (ics: string) =>
  Object.values(nodeIcal.sync.parseICS(ics))
    .filter((item) => item?.type === 'VEVENT')
    .map((item) => (item as nodeIcal.VEvent).uid)
    .sort();

describe('P8 calendar subscription: a secret feed per user', () => {
  let app: TestApp;
  let council: CouncilFixture;
  let sg: SteeringCouncil;

  beforeAll(async () => {
    app = await TestApp.start({ env: { PUBLIC_URL: 'https://gremium.example.org/' } });
    council = new CouncilFixture(app, await app.login());
    sg = await council.steeringGroup(2);
  });
  afterAll(() => app.close());

  const fetchFeed = async (url: string) => {
    const local = url.replace('https://gremium.example.org/api', app.http.baseUrl);
    const response = await fetch(local);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  it('lists the meetings of the bodies a steering member belongs to on each day, and 404s after revocation', async () => {
    const police = sg.members.find((member) => member.name === 'Berufen police')!;
    const moderator = sg.members.find((member) => member.name === 'Moderation Nummer1')!;
    const steering = await council.meeting('steering', '2027-03-02', 'Steuerungsgruppe I/2027');
    // The appointed term (from 2026-01-01) ends on 2027-12-31: the January 2028 meeting is not theirs.
    const afterTerm = await council.meeting('steering', '2028-01-11', 'Steuerungsgruppe I/2028');
    const plenary = await council.meeting('plenary', '2027-03-10', 'Vollversammlung 2027');
    const group = await council.meeting('working-group', '2027-03-20', 'AG 1 im März', {
      workingGroupId: sg.groupIds[0],
    });
    const otherGroup = await council.meeting('working-group', '2027-03-21', 'AG 2 im März', {
      workingGroupId: sg.groupIds[1],
    });

    const issued = await police.http.post('/auth/me/calendar-token', {});
    expect(issued.status).toBe(200);
    expect(issued.body.url).toMatch(
      /^https:\/\/gremium\.example\.org\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    const feed = await fetchFeed(issued.body.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toContain('text/calendar');
    expect(uidsOf(feed.text)).toEqual([steering.icalUid]);
    expect(feed.text).toContain('DTSTART;TZID=Europe/Berlin:20270302T100000');

    const moderatorUrl = (await moderator.http.post('/auth/me/calendar-token', {})).body.url;
    // Not the plenary's meeting nor the other group's: the moderator belongs to neither.
    expect(uidsOf((await fetchFeed(moderatorUrl)).text)).toEqual(
      [steering.icalUid, afterTerm.icalUid, group.icalUid].sort(),
    );
    expect(uidsOf((await fetchFeed(moderatorUrl)).text)).not.toEqual(
      expect.arrayContaining([plenary.icalUid, otherGroup.icalUid]),
    );

    const renewed = await police.http.post('/auth/me/calendar-token', {});
    expect(renewed.body.url).not.toBe(issued.body.url);
    expect((await fetchFeed(issued.body.url)).status).toBe(404);
    expect((await fetchFeed(renewed.body.url)).status).toBe(200);
    expect((await fetch(`${app.http.baseUrl}/calendar/unbekannt.ics`)).status).toBe(404);
    expect((await fetch(`${app.http.baseUrl}/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await app.http.post('/auth/me/calendar-token', {})).status).toBe(401);
  });

  it('gives the coordination office the last days of terms and the ends of review periods', async () => {
    const draft = await sg.members[1].http.post('/recommendations', {
      workingGroupId: sg.groupIds[0],
      title: 'Sichere Wege',
      text: 'Mehr Licht.',
      addressees: ['administration'],
    });
    await sg.members[1].http.post(`/processes/${draft.body.processId}/commands`, {
      type: 'SUBMIT',
      payload: {},
    });
    const url = (await council.ks.post('/auth/me/calendar-token', {})).body.url;
    const feed = await fetchFeed(url);
    const events = Object.values(nodeIcal.sync.parseICS(feed.text)).filter(
      (item) => item?.type === 'VEVENT',
    ) as nodeIcal.VEvent[];
    const terms = events.filter((event) => event.uid.startsWith('term-'));
    expect(terms.map((event) => event.summary).sort()).toEqual([
      'Letzter Amtstag: Freier Träger (Berufen provider)',
      'Letzter Amtstag: Polizeiinspektion (Berufen police)',
      'Letzter Amtstag: Wissenschaft (Berufen science)',
    ]);
    expect(feed.text).toContain('DTSTART;VALUE=DATE:20271231');
    const review = events.find((event) => event.uid.startsWith(`review-${draft.body.id}`));
    expect(review?.summary).toBe('Prüffrist endet: „Sichere Wege“');
  });
});
