import type { AppointedSeatKind, OrganizationKind, VoteCounts } from '@gremium/council';

/**
 * The demo council of Halle (Saale), after the paper "Neuausrichtung des Präventionsrates 2019" (R1–R14).
 * Public bodies carry their real names; associations, providers and every person are invented, and all
 * e-mail addresses use the reserved top-level domain .example.
 */

export interface DemoOrganization {
  key: string;
  name: string;
  kind: OrganizationKind;
}

export interface DemoPerson {
  key: string;
  title?: string;
  givenName: string;
  familyName: string;
  email: string;
  /** Key of the organization the person works for; null for individuals (R8). */
  organization: string | null;
}

export interface DemoGroup {
  key: string;
  name: string;
  topic: string;
  rationale: string;
  moderator: string;
  members: string[];
  steeringVotes: VoteCounts;
  plenaryVotes: VoteCounts;
}

export interface DemoSeat {
  seat: AppointedSeatKind;
  person: string;
  organization: string;
  votes: VoteCounts;
}

export interface DemoTemporaryMember {
  person: string;
  group: string;
  topic: string;
  /** Index of the planned quarter whose last day ends the membership (R2). */
  untilQuarter: number;
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  { key: 'police', name: 'Polizeiinspektion Halle (Saale)', kind: 'police' },
  {
    key: 'brueckenschlag',
    name: 'Brückenschlag Halle e.V. – Träger der Kinder- und Jugendhilfe',
    kind: 'provider',
  },
  { key: 'opferhilfe', name: 'Opferhilfe Saale e.V.', kind: 'provider' },
  { key: 'hsm', name: 'Hochschule Merseburg', kind: 'science' },
  { key: 'mlu', name: 'Martin-Luther-Universität Halle-Wittenberg', kind: 'science' },
  {
    key: 'koordination',
    name: 'Stadt Halle (Saale) – Koordinierungsstelle Präventionsrat',
    kind: 'city-administration',
  },
  {
    key: 'gleichstellung',
    name: 'Stadt Halle (Saale) – Gleichstellungsbeauftragte',
    kind: 'city-administration',
  },
  { key: 'sicherheit', name: 'Stadt Halle (Saale) – Fachbereich Sicherheit', kind: 'city-administration' },
  { key: 'bildung', name: 'Stadt Halle (Saale) – Fachbereich Bildung', kind: 'city-administration' },
  { key: 'soziales', name: 'Stadt Halle (Saale) – Fachbereich Soziales', kind: 'city-administration' },
  { key: 'senioren', name: 'Seniorenvertretung Halle (Saale) e.V.', kind: 'association' },
  { key: 'vielfalt', name: 'Vielfalt leben in Halle e.V.', kind: 'association' },
  { key: 'elternrat', name: 'Stadtelternrat Halle (Saale)', kind: 'association' },
  { key: 'schulamt', name: 'Landesschulamt Sachsen-Anhalt', kind: 'institution' },
  { key: 'staatsanwaltschaft', name: 'Staatsanwaltschaft Halle', kind: 'institution' },
  { key: 'quartier', name: 'Quartiersmanagement Halle-Neustadt', kind: 'other' },
];

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    key: 'wendland',
    givenName: 'Katrin',
    familyName: 'Wendland',
    email: 'k.wendland@stadt-halle.example',
    organization: 'koordination',
  },
  {
    key: 'brandt',
    givenName: 'Thomas',
    familyName: 'Brandt',
    email: 't.brandt@polizei-halle.example',
    organization: 'police',
  },
  {
    key: 'neumann',
    givenName: 'Claudia',
    familyName: 'Neumann',
    email: 'c.neumann@brueckenschlag-halle.example',
    organization: 'brueckenschlag',
  },
  {
    key: 'sommer',
    title: 'Prof. Dr.',
    givenName: 'Miriam',
    familyName: 'Sommer',
    email: 'm.sommer@hs-merseburg.example',
    organization: 'hsm',
  },
  {
    key: 'hartwig',
    givenName: 'Sabine',
    familyName: 'Hartwig',
    email: 's.hartwig@stadt-halle.example',
    organization: 'gleichstellung',
  },
  {
    key: 'voigt',
    givenName: 'Reinhard',
    familyName: 'Voigt',
    email: 'r.voigt@seniorenvertretung-halle.example',
    organization: 'senioren',
  },
  {
    key: 'demir',
    givenName: 'Aylin',
    familyName: 'Demir',
    email: 'a.demir@vielfalt-halle.example',
    organization: 'vielfalt',
  },
  {
    key: 'engel',
    givenName: 'Tobias',
    familyName: 'Engel',
    email: 't.engel@stadt-halle.example',
    organization: 'bildung',
  },
  {
    key: 'koehler',
    givenName: 'Jana',
    familyName: 'Köhler',
    email: 'j.koehler@polizei-halle.example',
    organization: 'police',
  },
  {
    key: 'richter',
    givenName: 'Markus',
    familyName: 'Richter',
    email: 'm.richter@sta-halle.example',
    organization: 'staatsanwaltschaft',
  },
  {
    key: 'lorenz',
    givenName: 'Birgit',
    familyName: 'Lorenz',
    email: 'b.lorenz@opferhilfe-saale.example',
    organization: 'opferhilfe',
  },
  {
    key: 'kretschmar',
    givenName: 'Uwe',
    familyName: 'Kretschmar',
    email: 'u.kretschmar@polizei-halle.example',
    organization: 'police',
  },
  {
    key: 'lindner',
    givenName: 'Petra',
    familyName: 'Lindner',
    email: 'p.lindner@stadt-halle.example',
    organization: 'soziales',
  },
  {
    key: 'schubert',
    givenName: 'Heike',
    familyName: 'Schubert',
    email: 'h.schubert@stadt-halle.example',
    organization: 'sicherheit',
  },
  {
    key: 'albrecht',
    title: 'Dr.',
    givenName: 'Jonas',
    familyName: 'Albrecht',
    email: 'j.albrecht@uni-halle.example',
    organization: 'mlu',
  },
  {
    key: 'aksoy',
    givenName: 'Mehmet',
    familyName: 'Aksoy',
    email: 'm.aksoy@quartier-neustadt.example',
    organization: 'quartier',
  },
  {
    key: 'krueger',
    givenName: 'Daniel',
    familyName: 'Krüger',
    email: 'd.krueger@stadtelternrat-halle.example',
    organization: 'elternrat',
  },
  {
    key: 'pohl',
    givenName: 'Anja',
    familyName: 'Pohl',
    email: 'a.pohl@landesschulamt.example',
    organization: 'schulamt',
  },
  {
    key: 'wagner',
    givenName: 'Stefan',
    familyName: 'Wagner',
    email: 's.wagner@brueckenschlag-halle.example',
    organization: 'brueckenschlag',
  },
  {
    key: 'berger',
    givenName: 'Franziska',
    familyName: 'Berger',
    email: 'f.berger@hs-merseburg.example',
    organization: 'hsm',
  },
  {
    key: 'wolff',
    givenName: 'Hans-Jürgen',
    familyName: 'Wolff',
    email: 'hj.wolff@posteo.example',
    organization: null,
  },
  {
    key: 'fiedler',
    givenName: 'Marlene',
    familyName: 'Fiedler',
    email: 'marlene.fiedler@web.example',
    organization: null,
  },
];

/** Who runs the coordination office (R6, R14) and logs in with the role coordination. */
export const DEMO_COORDINATOR = 'wendland';

/** R12: a cross-cutting topic of every group; a tag in the topic text until items carry tags. */
export const CROSS_CUTTING_TAG = '#Mobbing';

const WORKSHOP =
  'Empfohlen im Workshop vom 22.02.2019 („Neuausrichtung des Präventionsrates 2019“) auf Grundlage ' +
  'aktueller Herausforderungen und der im Themenfeld vorhandenen Akteure.';

/** R11: the four initial working groups. */
export const DEMO_GROUPS: readonly DemoGroup[] = [
  {
    key: 'opferschutz',
    name: 'Opferschutz, häusliche Gewalt und Stalking',
    topic:
      'Fortführung der „AG gegen häusliche Gewalt und Stalking“ der Gleichstellungsbeauftragten, erweitert um ' +
      'den Opferschutz: Schutz und Unterstützung Betroffener, Vernetzung von Beratung, Polizei und Justiz. ' +
      `Schlagworte: #Opferschutz #HäuslicheGewalt #Stalking ${CROSS_CUTTING_TAG}`,
    rationale:
      `${WORKSHOP} Die bestehende „AG gegen häusliche Gewalt und Stalking“ der Gleichstellungsbeauftragten ` +
      'wird als Arbeitsgruppe des Präventionsrates weitergeführt und um das Themenfeld Opferschutz erweitert.',
    moderator: 'hartwig',
    members: ['hartwig', 'koehler', 'richter', 'lorenz'],
    steeringVotes: { yes: 3, no: 0, abstain: 0 },
    plenaryVotes: { yes: 17, no: 0, abstain: 0 },
  },
  {
    key: 'senioren',
    name: 'Sicherheit für ältere Menschen',
    topic:
      'Sicherheit und Sicherheitsgefühl älterer Menschen im Alltag und im öffentlichen Raum, Schutz vor ' +
      `Trickbetrug („Enkeltrick“, falsche Polizeibeamte). Schlagworte: #Senioren #Trickbetrug ${CROSS_CUTTING_TAG}`,
    rationale: WORKSHOP,
    moderator: 'voigt',
    members: ['voigt', 'kretschmar', 'lindner'],
    steeringVotes: { yes: 3, no: 0, abstain: 0 },
    plenaryVotes: { yes: 16, no: 0, abstain: 1 },
  },
  {
    key: 'diskriminierung',
    name: 'Diskriminierung',
    topic:
      'Diskriminierung und gruppenbezogene Menschenfeindlichkeit in der Stadtgesellschaft erkennen und abbauen, ' +
      `anknüpfend an das Netzwerk Migration und Integration. Schlagworte: #Antidiskriminierung #Vielfalt ${CROSS_CUTTING_TAG}`,
    rationale: WORKSHOP,
    moderator: 'demir',
    members: ['demir', 'albrecht', 'aksoy', 'schubert'],
    steeringVotes: { yes: 3, no: 0, abstain: 0 },
    plenaryVotes: { yes: 15, no: 1, abstain: 1 },
  },
  {
    key: 'schulumfeld',
    name: 'Schulumfeld und Freizeit',
    topic:
      'Sicherheit auf Schulwegen, im Schulumfeld und in Freizeiteinrichtungen; Gewalt- und Suchtprävention für ' +
      `Kinder und Jugendliche. Schlagworte: #Schule #Jugend #Freizeit ${CROSS_CUTTING_TAG}`,
    rationale: WORKSHOP,
    moderator: 'engel',
    members: ['engel', 'krueger', 'pohl', 'wagner'],
    steeringVotes: { yes: 3, no: 0, abstain: 0 },
    plenaryVotes: { yes: 17, no: 0, abstain: 0 },
  },
];

/** R6, R7: the three appointed seats, in the order of their terms (police ends first). */
export const DEMO_SEATS: readonly DemoSeat[] = [
  { seat: 'police', person: 'brandt', organization: 'police', votes: { yes: 14, no: 0, abstain: 1 } },
  {
    seat: 'provider',
    person: 'neumann',
    organization: 'brueckenschlag',
    votes: { yes: 15, no: 1, abstain: 0 },
  },
  { seat: 'science', person: 'sommer', organization: 'hsm', votes: { yes: 17, no: 0, abstain: 0 } },
];

/** R2: interested persons taking part for a concrete topic and a limited time. */
export const DEMO_TEMPORARY_MEMBERS: readonly DemoTemporaryMember[] = [
  {
    person: 'berger',
    group: 'schulumfeld',
    topic: `Studie zu Cybermobbing unter Schülerinnen und Schülern ${CROSS_CUTTING_TAG}`,
    untilQuarter: 1,
  },
  {
    person: 'schubert',
    group: 'senioren',
    topic: 'Sicherheit an Haltestellen und im Nahverkehr',
    untilQuarter: 0,
  },
];

/** R8: one representative per organization in the plenary … */
export const DEMO_REPRESENTATIVES: Readonly<Record<string, string>> = {
  police: 'brandt',
  brueckenschlag: 'neumann',
  opferhilfe: 'lorenz',
  hsm: 'sommer',
  mlu: 'albrecht',
  koordination: 'wendland',
  gleichstellung: 'hartwig',
  sicherheit: 'schubert',
  bildung: 'engel',
  soziales: 'lindner',
  senioren: 'voigt',
  vielfalt: 'demir',
  elternrat: 'krueger',
  schulamt: 'pohl',
  staatsanwaltschaft: 'richter',
  quartier: 'aksoy',
};

/** … and individuals. */
export const DEMO_INDIVIDUALS: readonly string[] = ['wolff', 'fiedler'];

export function displayName(person: DemoPerson): string {
  return [person.title, person.givenName, person.familyName].filter(Boolean).join(' ');
}
