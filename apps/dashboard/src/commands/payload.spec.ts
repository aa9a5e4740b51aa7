import { describe, expect, it } from '@jest/globals';
import type { JsonSchema } from '../types';
import { fieldErrorsOf, planFields, toPayload } from './payload';

const uuid: JsonSchema = { type: 'string', format: 'uuid' };
const votes: JsonSchema = {
  type: 'object',
  properties: { yes: { type: 'integer' }, no: { type: 'integer' }, abstain: { type: 'integer' } },
  required: ['yes', 'no', 'abstain'],
};
const appointmentDecision: JsonSchema = {
  type: 'object',
  properties: {
    decision: { type: 'string', enum: ['appointed', 'rejected'] },
    termStart: { type: 'string' },
    meetingId: uuid,
    votes,
    note: { type: 'string', maxLength: 2000 },
  },
  required: ['decision'],
};

describe('the form of a command, read from its payload schema', () => {
  it('picks an input per property and narrows it by the process', () => {
    const plan = planFields('PLENARY_DECISION', appointmentDecision, {
      seat: 'police',
      proposedTermStart: null,
    });
    expect(plan.map(({ name, kind, required }) => [name, kind, required])).toEqual([
      ['decision', 'choice', true],
      ['termStart', 'date', false],
      ['meetingId', 'meeting', false],
      ['votes', 'votes', false],
      ['note', 'longText', false],
    ]);
    expect(plan[1].requiredWhen).toEqual({ field: 'decision', equals: 'appointed' });
    expect(plan[2].filter).toEqual({ body: 'plenary' });
  });

  it("offers a seat's successor only people of the seat's kind, fills their organization and the next day", () => {
    const nominate: JsonSchema = {
      type: 'object',
      properties: { personId: uuid, organizationId: uuid, termStart: { type: 'string' } },
      required: ['personId', 'organizationId'],
    };
    const [person, organization, termStart] = planFields('NOMINATE', nominate, {
      seat: 'science',
      proposedTermStart: '2027-03-01',
    });
    expect(person).toMatchObject({
      kind: 'person',
      filter: { organizationKind: 'science' },
      fillsOrganization: 'organizationId',
    });
    expect(organization).toMatchObject({ kind: 'organization', filter: { kind: 'science' } });
    expect(termStart).toMatchObject({ kind: 'date', defaultValue: '2027-03-01' });

    // The start form: the seat is chosen in the same form, so the people follow that field.
    const start: JsonSchema = {
      type: 'object',
      properties: {
        seat: { type: 'string', enum: ['police', 'provider', 'science'] },
        ...nominate.properties,
      },
    };
    expect(planFields('process.started', start)[1]).toMatchObject({
      filterFrom: { field: 'seat', as: 'organizationKind' },
      fillsOrganization: 'organizationId',
    });
    // Elsewhere a person is anybody.
    const elect: JsonSchema = { type: 'object', properties: { personId: uuid } };
    expect(planFields('STEERING_DECISION', elect, {})[0].filter).toBeUndefined();
  });

  it('asks for instants with a date-time input and sends them with their offset, attendance as people', () => {
    const plan = planFields('RESCHEDULE', {
      type: 'object',
      properties: {
        start: { type: 'string', format: 'date-time' },
        attendance: { type: 'array', items: uuid },
      },
      required: ['start'],
    });
    expect(plan.map(({ name, kind }) => [name, kind])).toEqual([
      ['start', 'dateTime'],
      ['attendance', 'people'],
    ]);
    const payload = toPayload(plan, { start: '2027-03-26T10:00:00+01:00', attendance: [] });
    expect(payload).toEqual({ start: '2027-03-26T09:00:00.000Z' });
  });

  it('offers the proposed start as default instead of demanding one', () => {
    const [, termStart] = planFields('PLENARY_DECISION', appointmentDecision, {
      proposedTermStart: '2027-01-01',
    });
    expect(termStart.defaultValue).toBe('2027-01-01');
    expect(termStart.requiredWhen).toBeUndefined();
  });

  it('offers only the addressees still waiting for a forward, and the group members for an election', () => {
    const forward: JsonSchema = {
      properties: { addressee: { type: 'string', enum: ['administration', 'council'] } },
      required: ['addressee'],
    };
    const [addressee] = planFields('FORWARD', forward, { toForward: ['council'] });
    expect(addressee.choices).toEqual(['council']);
    expect(addressee.defaultValue).toBe('council');
    const [person] = planFields('ELECT', { properties: { personId: uuid } }, { workingGroupId: 'g' });
    expect(person).toMatchObject({ kind: 'groupMember', filter: { workingGroupId: 'g' } });
  });

  it('sends trimmed values, drops empty optional ones, and votes only when all three are given', () => {
    const plan = planFields('PLENARY_DECISION', appointmentDecision);
    expect(
      toPayload(plan, {
        decision: 'appointed',
        termStart: '2027-01-01',
        meetingId: '',
        note: '  gut ',
        votes: { yes: 3 },
      }),
    ).toEqual({ decision: 'appointed', termStart: '2027-01-01', note: 'gut' });
    expect(toPayload(plan, { decision: 'rejected', votes: { yes: 3, no: 0, abstain: 1 } })).toEqual({
      decision: 'rejected',
      votes: { yes: 3, no: 0, abstain: 1 },
    });
  });

  it("puts the server's field problems on the form's fields", () => {
    const plan = planFields('PLENARY_DECISION', appointmentDecision);
    expect(
      fieldErrorsOf(
        [
          { field: 'payload.termStart', message: 'is required when the plenary appoints' },
          { field: 'payload.votes.yes', message: 'must be an integer' },
          { field: 'unknown', message: 'ignored' },
        ],
        plan,
      ),
    ).toEqual({ termStart: 'is required when the plenary appoints', 'votes.yes': 'must be an integer' });
  });
});
