import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { startMachine, stepMachine, type EngineEvent } from '@gremium/workflow';
import { testEvent } from './engine-events';

interface PendingTimer {
  id: string;
  event: string;
  dueAt: number;
}

export interface EffectCall {
  type: string;
  params: Record<string, unknown>;
  at: number;
}

/**
 * Runs a machine the way the durable runner does, without a database: delayed raises become timers at
 * `now + delay`, cancels void them, `advanceTo` fires the due ones in order, effects are recorded.
 */
export class MachineDriver {
  snapshot: AnyMachineSnapshot;
  now: number;
  readonly effects: EffectCall[] = [];
  private timers: PendingTimer[] = [];

  constructor(
    private readonly machine: AnyStateMachine,
    input: Record<string, unknown>,
    start: Date,
    private readonly facts: (type: string, driver: MachineDriver) => Record<string, unknown> = () => ({}),
  ) {
    this.now = start.getTime();
    const step = startMachine(
      machine,
      testEvent('process.started', input, start, facts('process.started', this)),
    );
    this.snapshot = step.snapshot;
    this.apply(step.actions);
  }

  /** Sends a command from a coordination user; false (and nothing changes) when the state refuses it. */
  send(type: string, payload: Record<string, unknown> = {}): boolean {
    return this.sendEvent(testEvent(type, payload, new Date(this.now), this.facts(type, this)));
  }

  /** Sends an event built by the caller (another actor, other facts). */
  sendEvent(event: EngineEvent): boolean {
    if (!this.snapshot.can(event)) return false;
    const step = stepMachine(this.machine, this.snapshot, event);
    this.snapshot = step.snapshot;
    this.apply(step.actions);
    return true;
  }

  advanceTo(instant: Date | number): void {
    const until = typeof instant === 'number' ? instant : instant.getTime();
    for (;;) {
      const due = this.timers.filter((t) => t.dueAt <= until).sort((a, b) => a.dueAt - b.dueAt)[0];
      if (!due || this.snapshot.status !== 'active') break;
      this.timers = this.timers.filter((t) => t !== due);
      this.now = Math.max(this.now, due.dueAt);
      this.send(due.event);
    }
    this.now = Math.max(this.now, until);
  }

  pendingTimers(): readonly PendingTimer[] {
    return this.timers;
  }

  effectsOf(type: string): EffectCall[] {
    return this.effects.filter((effect) => effect.type === type);
  }

  private apply(actions: { type: string; params?: unknown }[]): void {
    for (const action of actions) {
      const params = (action.params ?? {}) as Record<string, unknown>;
      if (action.type === 'xstate.raise' && typeof params.delay === 'number') {
        const event = params.event as { type: string };
        this.timers.push({
          id: String(params.id),
          event: event.type,
          dueAt: this.now + Math.max(0, params.delay),
        });
      } else if (action.type === 'xstate.cancel') {
        this.timers = this.timers.filter((t) => t.id !== params.sendId);
      } else if (!action.type.startsWith('xstate.')) {
        this.effects.push({ type: action.type, params, at: this.now });
      }
    }
  }
}
