import type { AnyStateMachine, AnyStateNode } from 'xstate';

/** Renders a machine as Mermaid `stateDiagram-v2`, generated from the definition, never by hand. */
export function toMermaid(machine: AnyStateMachine, current?: unknown): string {
  const lines = ['stateDiagram-v2'];
  const edges: string[] = [];
  renderChildren(machine.root, lines, edges, '  ');
  lines.push(...edges);
  const active = current === undefined ? [] : leafIds(current);
  if (active.length > 0) {
    lines.push('  classDef current fill:#fde68a,stroke:#92400e,stroke-width:3px,color:#1f2937');
    for (const id of active) lines.push(`  class ${id} current`);
  }
  return `${lines.join('\n')}\n`;
}

export function mermaidId(node: AnyStateNode): string {
  return node.path.join('__') || 'root';
}

function renderChildren(parent: AnyStateNode, lines: string[], edges: string[], indent: string): void {
  const children = Object.values(parent.states) as AnyStateNode[];
  if (parent.type === 'compound' && parent.initial) {
    for (const target of parent.initial.target) lines.push(`${indent}[*] --> ${mermaidId(target)}`);
  }
  children.forEach((child, index) => {
    const id = mermaidId(child);
    if (Object.keys(child.states).length > 0) {
      lines.push(`${indent}state "${child.key}" as ${id} {`);
      renderChildren(child, lines, edges, `${indent}  `);
      lines.push(`${indent}}`);
    } else {
      lines.push(`${indent}state "${child.key}" as ${id}`);
    }
    if (child.type === 'final') lines.push(`${indent}${id} --> [*]`);
    if (parent.type === 'parallel' && index < children.length - 1) lines.push(`${indent}--`);
    collectEdges(child, edges);
  });
}

function collectEdges(node: AnyStateNode, edges: string[]): void {
  for (const [eventType, transitions] of node.transitions) {
    for (const transition of transitions) {
      const label = edgeLabel(eventType, transition.guard);
      for (const target of transition.target ?? [node]) {
        edges.push(`  ${mermaidId(node)} --> ${mermaidId(target)}: ${label}`);
      }
    }
  }
  for (const transition of node.always ?? []) {
    for (const target of transition.target ?? [])
      edges.push(`  ${mermaidId(node)} --> ${mermaidId(target)}: (always)`);
  }
}

function edgeLabel(eventType: string, guard: unknown): string {
  const after = /^xstate\.after\.([^.]+)\./.exec(eventType);
  const done = /^xstate\.done\.state\./.test(eventType);
  const base = after ? `after ${after[1]}` : done ? 'done' : eventType;
  const guardName =
    typeof guard === 'object' && guard && 'type' in guard
      ? String(guard.type)
      : typeof guard === 'string'
        ? guard
        : null;
  return guardName ? `${base} [${guardName}]` : base;
}

function leafIds(value: unknown, prefix: string[] = []): string[] {
  if (typeof value === 'string') return [[...prefix, value].join('__')];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => leafIds(child, [...prefix, key]));
}
