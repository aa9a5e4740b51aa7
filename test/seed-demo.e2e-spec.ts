import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  addDays,
  AnnualReport,
  Appointment,
  AuthService,
  berlinDateOf,
  councilOrmOptions,
  Membership,
  Organization,
  ORGANIZATION_KINDS,
  Person,
  RecordChange,
  steeringGroupOn,
  User,
  WorkingGroup,
} from '@gremium/council';
import { loadConfig } from '@gremium/platform';
import {
  createTestDatabase,
  redisUrlForWorker,
  tablesChecksum,
  uniqueSuffix,
  type TestDatabase,
} from '@gremium/testing';
import { Command, Notification, ProcessInstance, START_COMMAND } from '@gremium/workflow';

const CLI = 'dist/apps/cli/main.js';
const COORDINATION = 'k.wendland@stadt-halle.example';
const R11 = [
  'Opferschutz, häusliche Gewalt und Stalking',
  'Sicherheit für ältere Menschen',
  'Diskriminierung',
  'Schulumfeld und Freizeit',
];

async function allTables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by 1",
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/** `npm run seed:demo` as built (it needs `npx nest build cli`, which `npm test` does first). */
describe('seeding the demo council (npm run seed:demo)', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let tables: string[];
  const runs: { stdout: string; checksumAfter: string }[] = [];
  const queuePrefix = `seed${uniqueSuffix()}`;

  function seed(): string {
    const result = spawnSync(process.execPath, [CLI, 'seed:demo'], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: db.url,
        REDIS_URL: redisUrlForWorker(),
        QUEUE_PREFIX: queuePrefix,
        SMTP_URL: 'smtp://127.0.0.1:2525',
        DEMO_PASSWORD: '',
      },
      encoding: 'utf8',
      timeout: 150_000,
    });
    if (result.status !== 0)
      throw new Error(`seed:demo exited ${result.status}: ${result.stderr}${result.stdout}`);
    return result.stdout;
  }

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error('no build: run npx nest build cli (or npm run build) first');
    db = await createTestDatabase();
    tables = await allTables(db.url);
    for (let run = 0; run < 2; run++) {
      const stdout = seed();
      runs.push({ stdout, checksumAfter: await tablesChecksum(db.url, tables) });
    }
    orm = await MikroORM.init(councilOrmOptions(loadConfig({ DATABASE_URL: db.url, NODE_ENV: 'test' })));
    // Two runs of the seed, each a worker and every meeting's life through the intake.
  }, 360_000);
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const today = () => berlinDateOf(Date.now());

  it('founds the four initial working groups of R11 through P1, each with a moderator elected through P5', async () => {
    const em = orm.em.fork();
    const groups = await em.find(WorkingGroup, { status: 'active' });
    expect(groups.map((group) => group.name).sort()).toEqual([...R11].sort());
    for (const group of groups) {
      expect(group.moderatorId).not.toBeNull();
      expect(group.topic).toContain('#Mobbing');
      const founding = await em.findOneOrFail(ProcessInstance, group.foundingProcessId!);
      expect(founding).toMatchObject({
        definitionKey: 'working-group-founding',
        state: 'founded',
        context: { steering: { decision: 'granted' }, plenary: { decision: 'adopted' } },
      });
      const election = await em.findOneOrFail(ProcessInstance, {
        definitionKey: 'moderator-election',
        subjectId: group.id,
      });
      expect(election).toMatchObject({ state: 'elected', context: { electedPersonId: group.moderatorId } });
      const moderatorMembership = await em.count(Membership, {
        workingGroupId: group.id,
        personId: group.moderatorId!,
        role: 'moderator',
      });
      expect(moderatorMembership).toBe(1);
    }
    const victims = groups.find((group) => group.name === R11[0])!;
    expect(`${victims.topic} ${victims.rationale}`).toContain('AG gegen häusliche Gewalt und Stalking');
  });

  it('holds the report on the past year submitted to the city council, and none on this year yet (P6)', async () => {
    const year = Number(berlinDateOf(new Date()).slice(0, 4));
    const reports = await orm.em.fork().find(AnnualReport, {}, { orderBy: { year: 'asc' } });
    expect(reports.map((report) => [report.year, report.state])).toEqual([[year - 1, 'submitted']]);
    expect(reports[0].narrative.introduction).toContain(`im Jahr ${year - 1}`);
    expect(reports[0].approvedAt).not.toBeNull();
  });

  it('fills all 8 seats of the steering group (R6)', async () => {
    const composition = await steeringGroupOn(orm.em.fork(), today());
    expect(composition).toMatchObject({ size: 8, occupied: 8 });
    expect(composition.seats.map((seat) => seat.kind)).toEqual([
      'coordination',
      'moderator',
      'moderator',
      'moderator',
      'moderator',
      'police',
      'provider',
      'science',
    ]);
    expect(new Set(composition.seats.map((seat) => seat.personId)).size).toBe(8);
  });

  it('has exactly one appointed term ending within 90 days, and its alert was raised', async () => {
    const em = orm.em.fork();
    const soon = await em.find(Appointment, {
      status: { $in: ['active', 'expiring'] },
      termEnd: { $gte: today(), $lte: addDays(today(), 90) },
    });
    expect(soon).toHaveLength(1);
    expect(soon[0].status).toBe('expiring');
    const alerts = await em.find(Notification, { kind: 'term-expiry-alert' });
    expect(alerts.map((alert) => alert.subjectId)).toEqual([soon[0].id]);
    expect(await em.count(Appointment, { seat: soon[0].seat, status: 'awaitingNomination' })).toBe(1);
  });

  it('has organizations of every kind, each with one representative in the plenary (R8)', async () => {
    const em = orm.em.fork();
    const organizations = await em.find(Organization, {});
    expect(new Set(organizations.map((organization) => organization.kind))).toEqual(
      new Set(ORGANIZATION_KINDS),
    );
    const representatives = await em.find(Membership, { body: 'plenary', onBehalfOfId: { $ne: null } });
    expect(representatives.map((membership) => membership.onBehalfOfId).sort()).toEqual(
      organizations.map((organization) => organization.id).sort(),
    );
  });

  it('starts and decides as the coordination office through the intake, each with an idempotency key', async () => {
    const em = orm.em.fork();
    const office = await em.findOneOrFail(User, { email: COORDINATION });
    const sent = await em.find(Command, { source: 'http' });
    expect(sent.length).toBeGreaterThan(0);
    for (const command of sent) {
      expect(command).toMatchObject({ actor: { type: 'user', userId: office.id }, status: 'applied' });
      expect(command.idempotencyKey).toMatch(/^demo:/);
    }
    const started = await em.find(ProcessInstance, {
      definitionKey: { $in: ['seat-appointment', 'working-group-founding'] },
      parentId: null,
    });
    expect(started).toHaveLength(7);
    const starts = sent.filter(
      (command) =>
        command.type === START_COMMAND &&
        ['seat-appointment', 'working-group-founding'].includes(String(command.payload.definition)),
    );
    expect(starts.map((command) => command.processId).sort()).toEqual(started.map((p) => p.id).sort());
  });

  // Meetings are P8 processes: their changes are in their own audit chains.
  it('records people, organizations and accounts as changed by the coordination office', async () => {
    const em = orm.em.fork();
    const office = await em.findOneOrFail(User, { email: COORDINATION });
    const records = [
      ...(await em.find(Person, {})),
      ...(await em.find(Organization, {})),
      ...(await em.find(User, { id: { $ne: office.id } })),
    ];
    const created = await em.find(RecordChange, { action: 'created' });
    const creators = new Map(created.map((change) => [change.subjectId, change.actorId]));
    for (const record of records) expect(creators.get(record.id)).toBe(office.id);
  });

  it('writes nothing on a second run and still prints the accounts', () => {
    expect(runs[1].checksumAfter).toBe(runs[0].checksumAfter);
    expect(runs[0].stdout).not.toContain('nothing was written');
    expect(runs[1].stdout).toContain('nothing was written');
    const line = runs[1].stdout.split('\n').find((candidate) => candidate.startsWith(COORDINATION));
    expect(line).toContain('(shown on the first run)');
    expect(line).toContain('coordination');
  });

  it('lets the coordination office log in with the password printed on the first run', async () => {
    const line = runs[0].stdout.split('\n').find((candidate) => candidate.startsWith(COORDINATION))!;
    const [email, password] = line.split(/\s{2,}/);
    const auth = new AuthService(orm.em);
    await expect(auth.login(email, `${password}x`, '127.0.0.1')).rejects.toThrow(
      'e-mail or password is wrong',
    );
    const { user } = await auth.login(email, password, '127.0.0.1');
    expect(user.roles).toEqual(['coordination']);
  });
});
