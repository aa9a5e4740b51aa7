/**
 * The API's Mermaid text names states and events by their code names. This puts the user's words in:
 * `state "term" as term` → `state "Amtszeit" as term`, `a --> b: PLENARY_DECISION [appointed]` →
 * `a --> b: Beschluss der Vollversammlung`. Ids, structure and the current-state class stay as they are.
 */
export interface DiagramWords {
  state: (name: string) => string;
  command: (type: string) => string;
  timer: (name: string) => string;
  guard: (name: string) => string | null;
}

// Mermaid reads `;` and `#` as syntax, quotes end a state label.
const safe = (text: string) => text.replace(/[";#]/g, '').trim();

export function localizeDiagram(text: string, words: DiagramWords): string {
  return text
    .split('\n')
    .map((line) => {
      const state = /^(\s*)state "([^"]*)" as (\S+)(.*)$/.exec(line);
      if (state) {
        const [, indent, name, id, rest] = state;
        return `${indent}state "${safe(words.state(name))}" as ${id}${rest}`;
      }
      const edge = /^(\s*)(\S+) --> (\S+): (.*)$/.exec(line);
      if (!edge) return line;
      const [, indent, from, to, label] = edge;
      const localized = edgeLabel(label, words);
      return localized ? `${indent}${from} --> ${to}: ${safe(localized)}` : `${indent}${from} --> ${to}`;
    })
    .join('\n');
}

function edgeLabel(label: string, words: DiagramWords): string {
  if (label === '(always)') return '';
  const match = /^(.*?)(?: \[([^\]]+)\])?$/.exec(label);
  const base = match?.[1] ?? label;
  const guard = match?.[2] ? words.guard(match[2]) : null;
  const after = /^after (\S+)$/.exec(base);
  const words_ = after ? words.timer(after[1]) : base === 'done' ? '' : words.command(base);
  return guard ? `${words_} (${guard})` : words_;
}
