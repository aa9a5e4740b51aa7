import { api } from './http';
import type { CommandOutcome, CommandRequest, ProcessRecord } from '../types';

export interface CommandView {
  id: string;
  status: 'queued' | 'applied' | 'rejected';
  code?: string;
  reason?: string;
}

const POLL_INTERVAL_MS = 1000;
const POLL_ATTEMPTS = 8;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function outcomeOf(command: CommandView): CommandOutcome {
  switch (command.status) {
    case 'applied':
      return { status: 'applied' };
    case 'rejected':
      return { status: 'rejected', code: command.code, reason: command.reason };
    case 'queued':
      return { status: 'queued' };
  }
}

/** Polls a queued command for a while, as long as the worker has not decided it. */
export async function followCommand(command: CommandView): Promise<CommandOutcome> {
  let outcome = outcomeOf(command);
  for (let attempt = 0; attempt < POLL_ATTEMPTS && outcome.status === 'queued'; attempt += 1) {
    await wait(POLL_INTERVAL_MS);
    const polled = await api<CommandView>(`commands/${encodeURIComponent(command.id)}`);
    outcome = outcomeOf(polled.body);
  }
  return outcome;
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
