import type { EngineEvent } from './process-definition';

/**
 * The engine's `now` for the event a machine is handling. On the initial transition XState passes
 * `xstate.init` carrying the start event as `input`; every later event is an EngineEvent itself.
 */
export function eventNow(event: { type: string }): number {
  const candidate = event as Partial<EngineEvent> & { input?: Partial<EngineEvent> };
  const now = candidate.now ?? candidate.input?.now;
  if (typeof now !== 'number') throw new Error(`event ${event.type} carries no engine time`);
  return now;
}
