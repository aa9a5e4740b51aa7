import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { councilDefinitions, councilOrmOptions } from '@gremium/council';
import { loadConfig } from '@gremium/platform';
import { canonicalJson, DefinitionRegistry, replay, verifyChain, type AuditEvent } from '@gremium/workflow';
import type { SentCommand, StartedProcess } from './load';
import type { DeliveredMail } from './smtp-gate';

export interface Check {
  name: string;
  checked: number;
  failures: string[];
}

interface CommandRow {
  id: string;
  process_id: string;
  idempotency_key: string | null;
  type: string;
  status: string;
  source: string;
}

interface AuditRow {
  process_id: string;
  seq: number;
  type: string;
  command_id: string | null;
  event: Record<string, unknown>;
}

interface InstanceRow {
  id: string;
  definition_key: string;
  definition_version: number;
  state: unknown;
  context: Record<string, unknown>;
  version: number;
  start_key: string | null;
}

const MAX_LISTED = 15;
/** A sender killed this close to a delivery may have sent it without committing its record. */
const KILL_WINDOW_MS = 1_000;

function check(name: string, checked: number, failures: string[]): Check {
  const listed = failures.slice(0, MAX_LISTED);
  if (failures.length > MAX_LISTED) listed.push(`… and ${failures.length - MAX_LISTED} more`);
  return { name, checked, failures: listed };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export interface CheckInput {
  url: string;
  commands: readonly SentCommand[];
  starts: readonly StartedProcess[];
  mails: readonly DeliveredMail[];
  /** Per sender name, when it was killed with SIGKILL (null: never). */
  killedAt: ReadonlyMap<string, number | null>;
}

/** The invariants the engine promises, checked against the database and the mail the SMTP sink received. */
export async function checkInvariants(input: CheckInput): Promise<Check[]> {
  const sql = new Client({ connectionString: input.url });
  await sql.connect();
  try {
    const q = async <T>(text: string) => (await sql.query(text)).rows as T[];
    const commands = await q<CommandRow>(
      'select id, process_id, idempotency_key, type, status, source from command',
    );
    const audit = await q<AuditRow>(
      'select process_id, seq, type, command_id, event from audit_event order by process_id, seq',
    );
    const instances = await q<InstanceRow>(
      'select id, definition_key, definition_version, state, context, version, start_key from process_instance',
    );
    const timers = await q<{
      id: string;
      process_id: string | null;
      action_id: string;
      status: string;
      due_at: Date;
      command_id: string | null;
    }>('select id, process_id, action_id, status, due_at, command_id from timer');
    const notifications = await q<{
      id: string;
      process_id: string | null;
      kind: string;
      message: string;
      email: unknown;
      mailed_at: Date | null;
    }>('select id, process_id, kind, message, email, mailed_at from notification');
    const groups = await q<{ founding_process_id: string | null }>(
      'select founding_process_id from working_group',
    );
    const [{ now }] = await q<{ now: Date }>(
      `select now() + coalesce((select offset_ms from clock_setting where id = 1), 0) * interval '1 millisecond' as now`,
    );

    const commandById = new Map(commands.map((c) => [c.id, c]));
    const auditByCommand = groupBy(
      audit.filter((a) => a.command_id),
      (a) => a.command_id,
    );
    const results: Check[] = [];

    // 1. Every acknowledged command has exactly one outcome.
    const failures: string[] = [];
    const sentGroups = groupBy(input.commands, (c) => `${c.processId}|${c.key}`);
    let acknowledged = 0;
    for (const [group, sent] of sentGroups) {
      const [processId, key] = group.split('|');
      const unanswered = sent.filter((s) => s.status === 0);
      if (unanswered.length > 0) failures.push(`${key}: ${unanswered.length} request(s) never acknowledged`);
      const acked = sent.filter((s) => s.status !== 0);
      acknowledged += acked.length;
      const rows = commands.filter((c) => c.process_id === processId && c.idempotency_key === key);
      const ids = new Set(acked.map((s) => s.commandId).filter((id): id is string => id !== null));
      if (rows.length > 1) failures.push(`${key}: ${rows.length} command rows for one idempotency key`);
      if (ids.size > 1) failures.push(`${key}: answered with ${ids.size} different command ids`);
      if (ids.size === 0) {
        if (acked.length > 0 && rows.length > 0)
          failures.push(
            `${key}: refused at intake (${acked[0].status}) yet stored as ${rows[0].id} (${rows[0].status})`,
          );
        continue;
      }
      const row = commandById.get([...ids][0]);
      if (!row) {
        failures.push(`${key}: acknowledged command ${[...ids][0]} does not exist`);
        continue;
      }
      if (row.status === 'queued') failures.push(`${key}: still queued`);
      if (acked.some((s) => s.status === 200) && row.status !== 'applied')
        failures.push(`${key}: answered 200 (applied) but the row says ${row.status}`);
      if (acked.some((s) => s.status === 409 || s.status === 403) && row.status === 'applied')
        failures.push(`${key}: answered as refused but the row says applied`);
      const unstored = acked.filter((s) => s.commandId === null);
      if (unstored.length > 0)
        failures.push(
          `${key}: one answer refused it at intake (${unstored[0].status}), another stored it as ${row.id}`,
        );
    }
    results.push(
      check(
        `every acknowledged command has exactly one outcome (${acknowledged} answers, ${sentGroups.size} keys)`,
        acknowledged,
        failures,
      ),
    );

    // 2. Every stored command is decided, and applied ones exactly once.
    const decided: string[] = [];
    for (const command of commands) {
      const events = auditByCommand.get(command.id)?.length ?? 0;
      if (command.status === 'queued')
        decided.push(`${command.id} (${command.type}, ${command.source}) still queued`);
      else if (command.status === 'applied' && events !== 1)
        decided.push(`${command.id} (${command.type}) applied with ${events} audit events`);
      else if (command.status === 'rejected' && events !== 0)
        decided.push(`${command.id} (${command.type}) rejected but has ${events} audit events`);
    }
    for (const event of audit)
      if (event.command_id && !commandById.has(event.command_id))
        decided.push(`audit event ${event.process_id}#${event.seq} names a command that does not exist`);
    results.push(
      check(
        'every stored command is decided; applied ones appear once in the audit chain',
        commands.length,
        decided,
      ),
    );

    // 3. Replaying the audit events reproduces state, context and version; the hash chain holds.
    const registry = new DefinitionRegistry(councilDefinitions);
    const auditByProcess = groupBy(audit, (a) => a.process_id);
    const replayed: string[] = [];
    for (const instance of instances) {
      const events = auditByProcess.get(instance.id) ?? [];
      if (events.some((e, i) => e.seq !== i)) {
        replayed.push(`${instance.id}: audit seq is not 0..${events.length - 1}`);
        continue;
      }
      try {
        const result = replay(
          (version) => registry.get(instance.definition_key, version),
          instance.definition_version,
          events as unknown as AuditEvent[],
        );
        if (result.version !== instance.version)
          replayed.push(`${instance.id}: version ${instance.version}, replay gives ${result.version}`);
        if (canonicalJson(result.state) !== canonicalJson(instance.state))
          replayed.push(
            `${instance.id}: state ${canonicalJson(instance.state)}, replay gives ${canonicalJson(result.state)}`,
          );
        if (canonicalJson(result.context) !== canonicalJson(instance.context))
          replayed.push(`${instance.id}: the replayed context differs from the stored one`);
      } catch (error) {
        replayed.push(`${instance.id}: replay failed: ${String(error)}`);
      }
    }
    const orm = await MikroORM.init({
      ...councilOrmOptions(loadConfig({ DATABASE_URL: input.url, NODE_ENV: 'development' })),
      logger: () => undefined,
    });
    try {
      for (const instance of instances) {
        const chain = await verifyChain(orm.em.fork(), instance.id);
        if (!chain.valid) replayed.push(`${instance.id}: hash chain broken at seq ${chain.brokenAtSeq}`);
      }
    } finally {
      await orm.close(true);
    }
    results.push(
      check(
        `replaying each process's audit events reproduces state and version; chains valid (${instances.length} processes)`,
        instances.length,
        replayed,
      ),
    );

    // 4. Every timer fired once (one command, decided) or is still pending and not yet due.
    const timerFailures: string[] = [];
    const timerCommands = groupBy(
      commands.filter((c) => c.idempotency_key?.startsWith('timer:')),
      (c) => c.idempotency_key!.slice('timer:'.length),
    );
    // A schedule's timer belongs to no process: it starts one, keyed by its occurrence (its action id). When
    // the clock jumped over several occurrences, the start it names is the latest one's (missed ones collapse).
    const scheduleStarts = groupBy(
      commands.filter((c) => c.idempotency_key?.startsWith('schedule:')),
      (c) => c.idempotency_key!,
    );
    const scheduleStartById = new Map(
      commands.filter((c) => c.idempotency_key?.startsWith('schedule:')).map((c) => [c.id, c]),
    );
    const startOf = (timer: (typeof timers)[number]) => {
      const named = timer.command_id ? scheduleStartById.get(timer.command_id) : undefined;
      return timer.status === 'fired' && named ? [named] : (scheduleStarts.get(timer.action_id) ?? []);
    };
    for (const timer of timers) {
      const fired = (timer.process_id === null ? startOf(timer) : timerCommands.get(timer.id)) ?? [];
      if (timer.status === 'fired') {
        if (fired.length !== 1) timerFailures.push(`timer ${timer.id} fired with ${fired.length} commands`);
        else if (fired[0].id !== timer.command_id)
          timerFailures.push(`timer ${timer.id} names another command`);
        else if (fired[0].status === 'queued')
          timerFailures.push(`timer ${timer.id}: its command is still queued`);
      } else if (fired.length > 0) {
        timerFailures.push(`timer ${timer.id} is ${timer.status} but has ${fired.length} command(s)`);
      } else if (timer.status === 'pending' && timer.due_at <= now) {
        timerFailures.push(`timer ${timer.id} was due at ${timer.due_at.toISOString()} and never fired`);
      }
    }
    const statuses = [...groupBy(timers, (t) => t.status)]
      .map(([s, list]) => `${list.length} ${s}`)
      .join(', ');
    results.push(
      check(`every timer fired once or is still pending (${statuses})`, timers.length, timerFailures),
    );

    // 5. No duplicate notification; every e-mail sent once and only once.
    const noteFailures: string[] = [];
    for (const [key, list] of groupBy(notifications, (n) => `${n.process_id}|${n.kind}|${n.message}`))
      if (list.length > 1) noteFailures.push(`${list.length} identical notifications ${key.slice(0, 120)}`);
    const byProcess = groupBy(notifications, (n) => n.process_id);
    for (const instance of instances) {
      const alerts = (instance.context.alerts as unknown[] | undefined)?.length;
      if (alerts === undefined) continue;
      const count = byProcess.get(instance.id)?.length ?? 0;
      if (count !== alerts)
        noteFailures.push(`${instance.id}: ${alerts} alerts recorded, ${count} notifications`);
    }
    const mailsById = groupBy(input.mails, (m) => m.messageId ?? '(none)');
    const expected = new Set<string>();
    let unrecorded = 0;
    for (const notification of notifications) {
      if (!notification.email) continue;
      const messageId = `<${notification.id}@gremium>`;
      expected.add(messageId);
      const arrived = mailsById.get(messageId) ?? [];
      if (!notification.mailed_at)
        noteFailures.push(`notification ${notification.id} has an e-mail that was never sent`);
      if (arrived.length === 0) noteFailures.push(`no e-mail arrived for notification ${notification.id}`);
      // SMTP is at-least-once: a sender killed after its last line of DATA and before its commit leaves the
      // mail unrecorded (the server may still accept what the dead sender wrote; RFC 5321 §4.1.1.4), and
      // it goes out again with the same Message-ID. Any other repeat is a defect.
      for (const mail of arrived.slice(0, -1)) {
        const killedAt = input.killedAt.get(mail.sender) ?? null;
        if (killedAt !== null && Math.abs(killedAt - mail.at) <= KILL_WINDOW_MS) unrecorded += 1;
        else
          noteFailures.push(
            `Message-ID ${messageId} delivered ${arrived.length} times: ${arrived.map((m) => `${m.sender} at ${new Date(m.at).toISOString()}`).join(', ')}; ` +
              `${mail.sender} was ${killedAt === null ? 'not killed' : `killed at ${new Date(killedAt).toISOString()}`}`,
          );
      }
    }
    for (const [messageId, list] of mailsById)
      if (!expected.has(messageId))
        noteFailures.push(`${list.length} e-mail(s) ${messageId} belong to no notification`);
    results.push(
      check(
        `no duplicate notification or e-mail (${notifications.length} notifications, ${input.mails.length} e-mails` +
          `${unrecorded > 0 ? `; ${unrecorded} sent again because its sender was killed as it delivered` : ''})`,
        notifications.length,
        noteFailures,
      ),
    );

    // 6. Effects ran once: one working group per founded process; one process per start key.
    const effectFailures: string[] = [];
    const groupsByProcess = groupBy(groups, (g) => g.founding_process_id);
    for (const instance of instances.filter((i) => i.definition_key === 'working-group-founding')) {
      const count = groupsByProcess.get(instance.id)?.length ?? 0;
      const founded = instance.state === 'founded';
      if (count !== (founded ? 1 : 0))
        effectFailures.push(`${instance.id} (${canonicalJson(instance.state)}): ${count} working groups`);
    }
    for (const start of input.starts) {
      const matching = instances.filter(
        (i) => i.definition_key === start.definition && i.start_key === start.key,
      );
      if (matching.length !== 1) effectFailures.push(`start ${start.key}: ${matching.length} processes`);
      else if (start.processId && matching[0].id !== start.processId)
        effectFailures.push(`start ${start.key}: answered ${start.processId}, stored ${matching[0].id}`);
      else if (!start.processId) effectFailures.push(`start ${start.key} was never acknowledged`);
    }
    results.push(
      check(
        'effects ran once: one working group per founded process, one process per start key',
        instances.length,
        effectFailures,
      ),
    );
    return results;
  } finally {
    await sql.end();
  }
}
