import type { Command, CommandStatus } from '../entities/command.entity';

/** What the NOTIFY for a decided command carries, so the API can answer without reading the row again. */
export interface Decision {
  id: string;
  status: CommandStatus;
  code: string | null;
  reason: string | null;
  errorKey: string | null;
  errorParams: Record<string, string | number> | null;
  errorDetails: unknown;
  decidedAt: string | null;
}

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; a longer reason is read from the row instead.
const MAX_PAYLOAD_BYTES = 7_900;

export function decisionMessage(command: Command): string {
  const decision: Decision = {
    id: command.id,
    status: command.status,
    code: command.code,
    reason: command.reason,
    errorKey: command.errorKey,
    errorParams: command.errorParams,
    errorDetails: command.errorDetails,
    decidedAt: command.decidedAt?.toISOString() ?? null,
  };
  const message = JSON.stringify(decision);
  return Buffer.byteLength(message) < MAX_PAYLOAD_BYTES ? message : JSON.stringify({ id: command.id });
}

/** The decision in a NOTIFY payload, or only the command id when the payload carries no decision. */
export function parseDecision(payload: string): { id: string; decision: Decision | null } {
  try {
    const parsed = JSON.parse(payload) as Partial<Decision>;
    if (typeof parsed.id !== 'string') return { id: payload, decision: null };
    return { id: parsed.id, decision: typeof parsed.status === 'string' ? (parsed as Decision) : null };
  } catch {
    return { id: payload, decision: null };
  }
}
