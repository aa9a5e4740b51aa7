/**
 * Declares a machine action that the engine performs through the definition's effect handler, inside the
 * transaction of the transition. The machine stays pure: XState only returns the action with its params.
 */
export function effect<TParams extends object>() {
  return (_args: unknown, _params: TParams): void => undefined;
}
