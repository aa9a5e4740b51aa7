/**
 * The app process the bench boots: the real API with the embedded worker (createApi, as main.ts does,
 * plus the minimal `test-reminder` definition), listening on a free port. The runner drives it over HTTP
 * and, for the in-process engine figures, asks it over IPC to submit commands through CommandIntake.
 * With BENCH_PROFILE=1 it also times the engine's phases and counts SQL round trips (see profiler.ts);
 * with BENCH_STAGES=1 it notes when each intake command was stored and taken up (see stages.ts).
 */
import 'reflect-metadata';
import { writeHeapSnapshot } from 'node:v8';
import { AuthService, User, UserActorResolver } from '@gremium/council';
import { JobPublisher, loadConfig } from '@gremium/platform';
import { reminderDefinition } from '@gremium/testing';
import {
  Clock,
  CommandApplier,
  CommandDispatch,
  CommandIntake,
  OutboxPublisher,
  ProcessQueries,
  Sweeper,
  TimerFirer,
  type AnyProcessDefinition,
  type Command,
} from '@gremium/workflow';
import { MikroORM } from '@mikro-orm/postgresql';
import { createApi } from '../apps/api/src/bootstrap';
import { CommandsProcessor, TimersProcessor } from '../apps/worker/src/processors';
import { closedLoop, openLoop, sleep } from './load';
import { Profiler } from './profiler';
import { StageClock } from './stages';
import type {
  AppRequest,
  AppResults,
  CommandSpec,
  ReadyMessage,
  RequestEnvelope,
  ResponseEnvelope,
  Sample,
} from './protocol';

const profiler = new Profiler();
const profiling = process.env.BENCH_PROFILE === '1';
const stageClock = process.env.BENCH_STAGES === '1' ? new StageClock() : null;

function instrument(): void {
  profiler.countSql();
  profiler.time(CommandIntake.prototype, 'submit', 'intake: submit (total, incl. wait)', 'intake');
  profiler.time(CommandApplier.prototype, 'applyMany', 'worker: apply a batch (total)', 'apply');
  profiler.time(OutboxPublisher.prototype, 'flush', 'outbox flush (publish + mark published)');
  profiler.time(JobPublisher.prototype, 'publish', 'BullMQ addBulk');
  profiler.time(UserActorResolver.prototype, 'resolve', 'resolve actor');
  profiler.time(Clock.prototype, 'refresh', 'clock refresh');
  profiler.time(ProcessQueries.prototype, 'withCommands', 'available commands');
  profiler.time(ProcessQueries.prototype, 'get', 'load process');
  profiler.time(AuthService.prototype, 'authenticate', 'http: authenticate', 'http-auth');
  profiler.time(Sweeper.prototype, 'sweep', 'sweeper: sweep', 'sweep');
  profiler.time(TimerFirer.prototype, 'fire', 'timer job: fire', 'timer');
  const processor = CommandsProcessor.prototype as unknown as {
    process: (job: { timestamp: number }) => Promise<void>;
  };
  const original = processor.process;
  processor.process = function (this: unknown, job: { timestamp: number }) {
    profiler.record('queue wait (job added → worker starts it)', Date.now() - job.timestamp);
    return original.call(this, job);
  };
}

async function main(): Promise<void> {
  if (profiling) instrument();
  stageClock?.install(CommandDispatch.prototype, CommandApplier.prototype);
  const config = loadConfig(process.env);
  const app = await createApi(config, { extraDefinitions: [reminderDefinition as AnyProcessDefinition] });
  await app.get(AuthService).bootstrapAdmin(config.admin);
  await app.listen(config.port, '127.0.0.1');
  // Experiment knob (not a product setting): the timers queue's concurrency, which the worker leaves at 1.
  if (process.env.BENCH_TIMERS_CONCURRENCY)
    app.get(TimersProcessor).worker.concurrency = Number(process.env.BENCH_TIMERS_CONCURRENCY);
  const port = (app.getHttpServer().address() as { port: number }).port;
  const orm = app.get(MikroORM);
  const admin = await orm.em.fork().findOneOrFail(User, { email: config.admin?.email.toLowerCase() });
  const actor = { type: 'user' as const, userId: admin.id };
  const intake = app.get(CommandIntake);

  async function submit(spec: CommandSpec): Promise<Sample> {
    const startedAt = Date.now();
    let command: Command = await intake.submit({ ...spec, idempotencyKey: null, actor });
    // Only a command answered with its decision has stages (see StageClock.take).
    const stages = stageClock?.take(command);
    const waited = command.status === 'queued';
    while (command.status === 'queued') {
      await sleep(10);
      command = await intake.find(command.id);
    }
    return { startedAt, decidedAt: Date.now(), status: command.status, waited, stages };
  }

  async function handle(request: AppRequest): Promise<AppResults[AppRequest['op']]> {
    switch (request.op) {
      case 'start-processes': {
        const ids = new Array<string>(request.inputs.length);
        let next = 0;
        const lanes = Array.from({ length: request.concurrency }, async () => {
          while (next < request.inputs.length) {
            const index = next++;
            let command = await intake.start({
              definitionKey: request.definition,
              input: request.inputs[index],
              actor,
              idempotencyKey: null,
            });
            while (command.status === 'queued') {
              await sleep(10);
              command = await intake.find(command.id);
            }
            if (command.status === 'rejected') throw new Error(`start refused: ${command.reason}`);
            ids[index] = command.processId;
          }
        });
        await Promise.all(lanes);
        return ids;
      }
      case 'analyze':
        await orm.em.getConnection().execute('analyze');
        return null;
      case 'intake-closed':
        return closedLoop(request.commands, request.concurrency, submit);
      case 'intake-open':
        return openLoop(request.commands, request.ratePerSec, submit);
      case 'profile-reset':
        profiler.reset();
        return null;
      case 'profile-report':
        return profiler.report();
      case 'cpu-profile-start':
        await profiler.startCpuProfile();
        return null;
      case 'cpu-profile-stop':
        return profiler.stopCpuProfile(request.name);
      case 'memory': {
        const usage = process.memoryUsage();
        const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
        return {
          rssMb: mb(usage.rss),
          heapUsedMb: mb(usage.heapUsed),
          heapTotalMb: mb(usage.heapTotal),
          externalMb: mb(usage.external),
        };
      }
      case 'heap-snapshot':
        writeHeapSnapshot(request.file);
        return null;
      case 'shutdown':
        setImmediate(() => {
          void app.close().finally(() => process.exit(0));
        });
        return null;
    }
  }

  process.on('message', (message: RequestEnvelope) => {
    handle(message.request).then(
      (result) => process.send?.({ id: message.id, ok: true, result } satisfies ResponseEnvelope),
      (error: unknown) =>
        process.send?.({
          id: message.id,
          ok: false,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies ResponseEnvelope),
    );
  });
  process.on('disconnect', () => {
    void app.close().finally(() => process.exit(0));
  });
  process.send?.({ ready: true, port, adminUserId: admin.id } satisfies ReadyMessage);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
