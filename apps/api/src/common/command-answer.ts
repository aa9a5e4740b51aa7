import type { Response } from 'express';
import type { Command } from '@gremium/workflow';
import { presentCommand } from '../processes/process.presenter';
import { errorBody } from './error-body';
import { statusOf } from './http-exception.filter';

/**
 * The one way every controller answers a command (a start included): 202 with the command while the worker
 * has not decided it within the short wait, the refusal's status (403, 409, 400) with its reason, and
 * otherwise `status` with what `applied` presents.
 */
export async function answerCommand<T>(
  command: Command,
  response: Response,
  applied: (command: Command) => Promise<T>,
  status = 200,
) {
  if (command.status === 'queued') {
    response.status(202);
    return { command: presentCommand(command) };
  }
  if (command.status === 'rejected') {
    const refused = statusOf(command.code ?? 'CONFLICT');
    response.status(refused);
    return {
      ...errorBody(refused, command.reason ?? 'refused', { code: command.code }),
      command: presentCommand(command),
    };
  }
  response.status(status);
  return applied(command);
}
