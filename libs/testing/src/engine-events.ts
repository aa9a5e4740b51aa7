import { buildEvent, type EngineEvent } from '@gremium/workflow';

export const TEST_NOW = new Date('2026-03-02T09:00:00.000Z');

/** An event as the engine would build it, from a coordination user, at a fixed instant. */
export function testEvent(
  type: string,
  payload: Record<string, unknown> = {},
  now = TEST_NOW,
  facts = {},
): EngineEvent {
  return buildEvent(
    type,
    payload,
    { type: 'user', userId: '00000000-0000-4000-8000-0000000000aa', personId: null, roles: ['coordination'] },
    now,
    facts,
  );
}
