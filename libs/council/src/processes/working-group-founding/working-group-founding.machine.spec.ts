import { type AnyMachineSnapshot } from 'xstate';
import { offeredEventTypes, startMachine, stepMachine, toMermaid } from '@gremium/workflow';
import { testEvent, uncoveredEdges } from '@gremium/testing';
import { workingGroupFounding } from './working-group-founding.definition';

const machine = workingGroupFounding.machine;
const input = {
  name: 'Sicherheit im Quartier',
  topic: 'Nachbarschaft',
  rationale: 'Bedarf aus der Vollversammlung',
};
const start = () => startMachine(machine, testEvent('process.started', input)).snapshot;
const send = (snapshot: AnyMachineSnapshot, type: string, payload: Record<string, unknown> = {}) =>
  stepMachine(machine, snapshot, testEvent(type, payload)).snapshot;

const samples = [
  testEvent('STEERING_DECISION', { decision: 'granted' }),
  testEvent('STEERING_DECISION', { decision: 'refused' }),
  testEvent('PLENARY_DECISION', { decision: 'adopted' }),
  testEvent('PLENARY_DECISION', { decision: 'rejected' }),
  testEvent('WITHDRAW', { reason: 'zusammengelegt' }),
];

describe('P1 working-group-founding', () => {
  it('walks every transition of the machine', () => {
    expect(uncoveredEdges(machine, testEvent('process.started', input), () => samples)).toEqual([]);
  });

  it('starts with both consents pending and reserves the group id', () => {
    const snapshot = start();
    expect(snapshot.value).toEqual({ proposed: { steering: 'pending', plenary: 'pending' } });
    expect(snapshot.context.workingGroupId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['steering first', ['STEERING_DECISION', 'granted'], ['PLENARY_DECISION', 'adopted']],
    ['plenary first', ['PLENARY_DECISION', 'adopted'], ['STEERING_DECISION', 'granted']],
  ])('founds the group when both consent (%s)', (_, first, second) => {
    const middle = send(start(), first[0], { decision: first[1] });
    expect(middle.status).toBe('active');
    const done = send(middle, second[0], { decision: second[1] });
    expect(done.value).toBe('founded');
    expect(done.status).toBe('done');
  });

  it('emits the founding effect with the date of the last consent', () => {
    const middle = send(start(), 'PLENARY_DECISION', { decision: 'adopted' });
    const { actions } = stepMachine(machine, middle, testEvent('STEERING_DECISION', { decision: 'granted' }));
    const found = actions.find((action) => action.type === 'applyOutcome');
    expect(found?.params).toMatchObject({ name: input.name, foundedAt: '2026-03-02' });
  });

  it.each([
    ['STEERING_DECISION', 'refused'],
    ['PLENARY_DECISION', 'rejected'],
  ])('is rejected as soon as one body says no (%s)', (type, decision) => {
    expect(send(start(), type, { decision }).value).toBe('rejected');
  });

  it('can be withdrawn while a consent is pending', () => {
    const half = send(start(), 'STEERING_DECISION', { decision: 'granted' });
    const withdrawn = send(half, 'WITHDRAW', { reason: 'zusammengelegt' });
    expect(withdrawn.value).toBe('withdrawn');
    expect(withdrawn.context.withdrawal).toMatchObject({ reason: 'zusammengelegt' });
  });

  describe('refuses commands the state does not allow', () => {
    const states: [string, () => AnyMachineSnapshot, string[]][] = [
      [
        'steering granted',
        () => send(start(), 'STEERING_DECISION', { decision: 'granted' }),
        ['STEERING_DECISION'],
      ],
      [
        'plenary adopted',
        () => send(start(), 'PLENARY_DECISION', { decision: 'adopted' }),
        ['PLENARY_DECISION'],
      ],
      [
        'founded',
        () =>
          send(send(start(), 'STEERING_DECISION', { decision: 'granted' }), 'PLENARY_DECISION', {
            decision: 'adopted',
          }),
        ['STEERING_DECISION', 'PLENARY_DECISION', 'WITHDRAW'],
      ],
      [
        'rejected',
        () => send(start(), 'STEERING_DECISION', { decision: 'refused' }),
        ['STEERING_DECISION', 'PLENARY_DECISION', 'WITHDRAW'],
      ],
      [
        'withdrawn',
        () => send(start(), 'WITHDRAW', { reason: 'x' }),
        ['STEERING_DECISION', 'PLENARY_DECISION', 'WITHDRAW'],
      ],
    ];
    it.each(states)('%s', (_, reach, illegal) => {
      const snapshot = reach();
      for (const type of illegal) {
        expect(offeredEventTypes(snapshot)).not.toContain(type);
        const event = testEvent(type, { decision: 'granted', reason: 'x' });
        expect(snapshot.can(event)).toBe(false);
      }
    });
  });

  it('renders every state and transition in its diagram', () => {
    const diagram = toMermaid(machine, { proposed: { steering: 'granted', plenary: 'pending' } });
    for (const state of [
      'proposed',
      'proposed__steering__pending',
      'proposed__plenary__adopted',
      'founded',
      'rejected',
      'withdrawn',
    ]) {
      expect(diagram).toContain(`as ${state}`);
    }
    expect(diagram).toContain(
      'proposed__steering__pending --> proposed__steering__granted: STEERING_DECISION [steeringGranted]',
    );
    expect(diagram).toContain('proposed__steering__pending --> rejected: STEERING_DECISION');
    expect(diagram).toContain('proposed --> withdrawn: WITHDRAW');
    expect(diagram).toContain('proposed --> founded: done');
    expect(diagram).toContain('class proposed__steering__granted current');
  });
});
