import { WorkflowError } from '../errors/workflow.error';
import type { AnyProcessDefinition } from './process-definition';
import { invokesActors } from './machine-adapter';

/** All definitions known to this build, every version of each; new instances start on the newest. */
export class DefinitionRegistry {
  private readonly byKey = new Map<string, Map<number, AnyProcessDefinition>>();

  constructor(definitions: readonly AnyProcessDefinition[]) {
    for (const definition of definitions) {
      const versions = this.byKey.get(definition.key) ?? new Map<number, AnyProcessDefinition>();
      if (invokesActors(definition.machine)) {
        throw new Error(`definition ${definition.key}@${definition.version}: its machine invokes an actor`);
      }
      if (versions.has(definition.version)) {
        throw new Error(`definition ${definition.key}@${definition.version} registered twice`);
      }
      versions.set(definition.version, definition);
      this.byKey.set(definition.key, versions);
    }
  }

  latest(key: string): AnyProcessDefinition {
    const versions = this.byKey.get(key);
    if (!versions)
      throw new WorkflowError(
        'UNKNOWN_DEFINITION',
        `unknown process definition ${key}`,
        undefined,
        undefined,
        {
          definition: key,
        },
      );
    return versions.get(Math.max(...versions.keys()))!;
  }

  get(key: string, version: number): AnyProcessDefinition {
    const definition = this.byKey.get(key)?.get(version);
    if (!definition)
      throw new WorkflowError(
        'UNKNOWN_DEFINITION',
        `unknown process definition ${key}@${version}`,
        undefined,
        undefined,
        { definition: key },
      );
    return definition;
  }

  /** The versions of a definition this build knows, oldest first (none for an unknown key). */
  versions(key: string): number[] {
    return [...(this.byKey.get(key)?.keys() ?? [])].sort((a, b) => a - b);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  all(): AnyProcessDefinition[] {
    return [...this.byKey.keys()].map((key) => this.latest(key));
  }

  /** Whether any definition declares this command type (a 400 before the process is even looked up). */
  declaresCommand(type: string): boolean {
    return [...this.byKey.values()].some((versions) =>
      [...versions.values()].some((definition) => type in definition.commands),
    );
  }
}
