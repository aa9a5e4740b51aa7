import { ApiHeader } from '@nestjs/swagger';
import type { Response } from 'express';
import { KEY_OF_CODE, type Command, type WorkflowErrorCode } from '@gremium/workflow';
import { presentCommand } from '../processes/process.presenter';
import { errorBody } from './error-body';
import { statusOf } from './http-exception.filter';

/**
 * The one way every controller answers a command (a start included): 202 with the command while the worker
 * has not decided it within the short wait, the refusal's status (403, 409, 400) with its reason, and
 * otherwise `status` with what `applied` presents — or, where the client sent `Prefer: return=minimal`
 * (RFC 7240), with `{command}` alone, so nothing is read again for an answer the client does not want.
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
    const code = (command.code ?? 'CONFLICT') as WorkflowErrorCode;
    const refused = statusOf(code);
    response.status(refused);
    return {
      // The worker records the refusal's key: the answer reads as if the API had refused at once.
      ...errorBody(
        refused,
        command.reason ?? 'refused',
        command.errorDetails ?? { code },
        command.errorKey ?? KEY_OF_CODE[code] ?? 'conflict',
        command.errorParams ?? {},
      ),
      command: presentCommand(command),
    };
  }
  response.status(status);
  if (prefersMinimal(response.req.headers.prefer)) {
    response.setHeader('Preference-Applied', 'return=minimal');
    return { command: presentCommand(command) };
  }
  return applied(command);
}

/** The OpenAPI note on every route answered by `answerCommand`. */
export const ApiPreferMinimal = () =>
  ApiHeader({
    name: 'Prefer',
    required: false,
    description: '`return=minimal` (RFC 7240): a success answers `{command}` alone, without the new state',
  });

/** `return=minimal` among the preferences of one or more `Prefer` headers (names and values case-blind). */
export function prefersMinimal(prefer: string | string[] | undefined): boolean {
  if (prefer === undefined) return false;
  return [prefer]
    .flat()
    .flatMap((header) => header.split(','))
    .some((preference) => {
      const [name, value = ''] = preference.split(';')[0].split('=');
      return name.trim().toLowerCase() === 'return' && /^"?minimal"?$/i.test(value.trim());
    });
}
