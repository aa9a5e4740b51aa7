import { describe, expect, it } from '@jest/globals';
import { assign, cancel, fromPromise, initialTransition, raise, setup, transition } from 'xstate';
import { DefinitionRegistry } from './definition-registry';
import type { AnyProcessDefinition, EngineEvent } from './process-definition';
import { invokesActors, restoreSnapshot, startMachine, stepMachine } from './machine-adapter';

const at = (type: string, payload: Record<string, unknown> = {}): EngineEvent => ({
  type,
  payload,
  actor: { type: 'system' },
  now: Date.parse('2027-03-01T09:00:00.000Z'),
  newId: '00000000-0000-4000-8000-000000000001',
  facts: {},
});

// Like the council's machines: context from the start event, a parallel state, a delayed reminder
// that a decision cancels, and an effect when both sides agreed.
const machine = setup({
  types: { context: {} as { name: string; votes: string[] }, events: {} as EngineEvent },
  actions: { announce: () => {} },
}).createMachine({
  id: 'sample',
  context: ({ input }) => ({ name: String((input as EngineEvent).payload.name), votes: [] }),
  initial: 'open',
  states: {
    open: {
      type: 'parallel',
      entry: raise({ type: 'REMIND', payload: {} } as never, { id: 'reminder', delay: 60_000 }),
      onDone: { target: 'agreed', actions: [cancel('reminder'), { type: 'announce', params: { n: 2 } }] },
      states: {
        left: { initial: 'pending', states: { pending: { on: { LEFT: 'yes' } }, yes: { type: 'final' } } },
        right: { initial: 'pending', states: { pending: { on: { RIGHT: 'yes' } }, yes: { type: 'final' } } },
      },
      on: { VOTE: { actions: assign({ votes: ({ context, event }) => [...context.votes, event.type] }) } },
    },
    agreed: { type: 'final' },
  },
});

const plain = (actions: unknown[]) =>
  actions.map((action) => {
    const { type, params } = action as { type: string; params?: Record<string, unknown> };
    return { type, params: { ...params, event: undefined } };
  });

describe('the machine adapter', () => {
  it('starts and steps exactly as XState would, again and again with the shared actor', () => {
    const started = startMachine(machine, at('process.started', { name: 'AG' }));
    const [expectedStart, expectedStartActions] = initialTransition(
      machine,
      at('process.started', { name: 'AG' }),
    );
    expect(started.snapshot.value).toEqual(expectedStart.value);
    expect(started.snapshot.context).toEqual({ name: 'AG', votes: [] });
    expect(plain(started.actions)).toEqual(plain(expectedStartActions));
    expect(started.actions.map((action) => action.type)).toEqual(['xstate.raise']);

    let snapshot = started.snapshot;
    for (const type of ['VOTE', 'LEFT', 'VOTE', 'RIGHT']) {
      const step = stepMachine(machine, snapshot, at(type));
      const [expected, expectedActions] = transition(machine, snapshot, at(type));
      expect(step.snapshot.value).toEqual(expected.value);
      expect(step.snapshot.context).toEqual(expected.context);
      expect(step.snapshot.status).toBe(expected.status);
      expect(plain(step.actions)).toEqual(plain(expectedActions));
      snapshot = step.snapshot;
    }
    expect(snapshot.value).toBe('agreed');
    expect(snapshot.context.votes).toEqual(['VOTE', 'VOTE']);
    // Nothing is left behind in the shared actor's system between steps.
    expect(stepMachine(machine, started.snapshot, at('LEFT')).snapshot.value).toEqual({
      open: { left: 'yes', right: 'pending' },
    });
  });

  it('names the last step’s actions, the cancel and the effect with its params', () => {
    const started = startMachine(machine, at('process.started', { name: 'AG' })).snapshot;
    const left = stepMachine(machine, started, at('LEFT')).snapshot;
    const { actions } = stepMachine(machine, left, at('RIGHT'));
    expect(actions.map((action) => action.type)).toEqual(['xstate.cancel', 'announce']);
    expect(actions[1].params).toEqual({ n: 2 });
  });

  it('restores stored processes as XState resolves them, each with its own context', () => {
    const value = { open: { left: 'yes', right: 'pending' } };
    const first = restoreSnapshot(machine, value, { name: 'AG 1', votes: [] });
    const second = restoreSnapshot(machine, value, { name: 'AG 2', votes: ['VOTE'] });
    const resolved = machine.resolveState({ value, context: { name: 'AG 1', votes: [] } });
    for (const snapshot of [first, second]) {
      expect(snapshot.value).toEqual(resolved.value);
      expect(snapshot.status).toBe(resolved.status);
      expect(snapshot._nodes).toEqual(resolved._nodes);
      expect(snapshot.can(at('RIGHT'))).toBe(true);
      expect(snapshot.can(at('LEFT'))).toBe(false);
    }
    expect([first.context.name, second.context.name]).toEqual(['AG 1', 'AG 2']);

    const step = stepMachine(machine, second, at('VOTE'));
    expect(step.snapshot.context).toEqual({ name: 'AG 2', votes: ['VOTE', 'VOTE'] });
    expect(stepMachine(machine, step.snapshot, at('RIGHT')).snapshot.value).toBe('agreed');
    // The first process is untouched by the second's steps.
    expect(first.context).toEqual({ name: 'AG 1', votes: [] });
    expect(restoreSnapshot(machine, value, { name: 'AG 3', votes: [] }).value).toEqual(value);
    expect(restoreSnapshot(machine, 'agreed', { name: 'AG 4', votes: [] }).status).toBe('done');
  });

  it('refuses to register a machine that invokes an actor', () => {
    const invoking = setup({ actors: { load: fromPromise(async () => 1) } }).createMachine({
      id: 'invoking',
      initial: 'waiting',
      states: { waiting: { states: { inner: { invoke: { src: 'load' } } }, initial: 'inner' } },
    });
    expect(invokesActors(invoking)).toBe(true);
    expect(invokesActors(machine)).toBe(false);
    const definition = { key: 'invoking', version: 1, machine: invoking } as unknown as AnyProcessDefinition;
    expect(() => new DefinitionRegistry([definition])).toThrow('its machine invokes an actor');
  });
});
