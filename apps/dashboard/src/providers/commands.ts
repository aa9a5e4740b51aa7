import { api } from './http';
import type { CommandOutcome, CommandRequest, ProcessRecord } from '../types';

export interface CommandView {
  id: string;
  processId?: string;
  status: 'queued' | 'applied' | 'rejected';
  code?: string;
  reason?: string;
  key?: string;
  params?: Record<string, string | number>;
  details?: unknown;
}

const POLL_INTERVAL_MS = 1000;
const POLL_ATTEMPTS = 8;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function outcomeOf(command: CommandView): CommandOutcome {
  switch (command.status) {
    case 'applied':
      return { status: 'applied' };
    case 'rejected':
      return {
        status: 'rejected',
        code: command.code,
        reason: command.reason,
        key: command.key,
        params: command.params,
        details: command.details,
      };
    case 'queued':
      return { status: 'queued' };
  }
}

/**
 * Sends a command and follows it: 200 means applied; 202 means the worker has not finished within the
 * API's short wait, so the command is polled for a while. Refusals known within the wait arrive as HttpError.
 */
export async function sendCommand(processId: string, command: CommandRequest): Promise<CommandOutcome> {
  const response = await api<{ command: CommandView; process?: ProcessRecord }>(
    `processes/${encodeURIComponent(processId)}/commands`,
    { method: 'POST', body: command },
  );
  if (response.status !== 202) return { status: 'applied', process: response.body.process };
  return followCommand(response.body.command);
}

/** A command the API answered with 202, polled for a while until the worker has decided it. */
export async function followCommand(command: CommandView): Promise<CommandOutcome> {
  let outcome = outcomeOf(command);
  for (let attempt = 0; attempt < POLL_ATTEMPTS && outcome.status === 'queued'; attempt += 1) {
    await wait(POLL_INTERVAL_MS);
    const polled = await api<CommandView>(`commands/${encodeURIComponent(command.id)}`);
    outcome = outcomeOf(polled.body);
  }
  return outcome;
}
