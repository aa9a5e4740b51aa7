import type { Tally } from './demo-records.service';

export interface DemoAccount {
  email: string;
  password: string;
  role: string;
  person: string;
  can: string;
}

export interface DemoReport {
  tally: Tally;
  accounts: DemoAccount[];
  steeringGroup: { size: number; occupied: number };
  nextTermEnd: string | null;
}

const TALLY_LABELS: Record<keyof Tally, string> = {
  organizations: 'organizations',
  people: 'people',
  accounts: 'accounts',
  coordinationSeat: 'coordination seat',
  rulesOfProcedure: 'rules of procedure',
  meetings: 'meetings',
  memberships: 'plenary and temporary memberships',
  processes: 'processes started (P1, P3; P5 and successor P3 follow from them)',
  commands: 'commands sent',
};

const COLUMNS: { key: keyof DemoAccount; title: string }[] = [
  { key: 'email', title: 'E-mail' },
  { key: 'password', title: 'Password' },
  { key: 'role', title: 'Role' },
  { key: 'person', title: 'Person' },
  { key: 'can', title: 'What they can do' },
];

function table(accounts: readonly DemoAccount[]): string[] {
  const widths = COLUMNS.map(({ key, title }) =>
    Math.max(title.length, ...accounts.map((a) => a[key].length)),
  );
  const row = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    row(COLUMNS.map((column) => column.title)),
    row(widths.map((width) => '-'.repeat(width))),
    ...accounts.map((account) => row(COLUMNS.map(({ key }) => account[key]))),
  ];
}

/** What the operator reads at the end of `npm run seed:demo`. */
export function formatDemoReport(report: DemoReport, loginUrl: string): string {
  const written = (Object.keys(TALLY_LABELS) as (keyof Tally)[])
    .filter((key) => report.tally[key] > 0)
    .map((key) => `${report.tally[key]} ${TALLY_LABELS[key]}`);
  const passwordsKnown = report.accounts.every((account) => !account.password.startsWith('('));
  return [
    'Demo council of the Präventionsrat Halle (Saale):',
    written.length
      ? `  written: ${written.join(', ')}`
      : '  already complete: nothing was written (the demo data of an earlier run was found)',
    `  steering group today: ${report.steeringGroup.occupied} of ${report.steeringGroup.size} seats occupied`,
    ...(report.nextTermEnd ? [`  next term to end: ${report.nextTermEnd}; see the notifications`] : []),
    '',
    `Log in at ${loginUrl} (start the product with npm start), or POST ${loginUrl}api/auth/login {email, password}:`,
    '',
    ...table(report.accounts),
    '',
    'viewer accounts read everything; their further rights (steering-member, moderator) are derived from the seats',
    'they hold on the day of each command (R3, R6), never stored with the account.',
    ...(report.accounts.some((account) => account.password === 'DEMO_PASSWORD')
      ? ['DEMO_PASSWORD: the password given in the environment variable DEMO_PASSWORD.']
      : []),
    ...(passwordsKnown
      ? []
      : [
          'Passwords are stored only as hashes: they were printed when the accounts were created (or were the',
          'DEMO_PASSWORD of that run). The coordination account can set new ones under Benutzer.',
        ]),
  ].join('\n');
}
