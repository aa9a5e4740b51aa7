import { describe, expect, it } from '@jest/globals';
import { localizeDiagram } from './diagram';

const words = {
  state: (name: string) =>
    ({ term: 'Amtszeit', nominated: 'Vorgeschlagen', declined: 'Nicht "berufen"' })[name] ?? name,
  command: (type: string) => ({ PLENARY_DECISION: 'Beschluss der Vollversammlung' })[type] ?? type,
  timer: (name: string) => `Frist ${name}`,
  guard: (name: string) => (name === 'appointed' ? 'berufen' : null),
};

describe('the diagram in the user’s words', () => {
  it('renames states and edges but keeps ids, structure and the current-state class', () => {
    const text = [
      'stateDiagram-v2',
      '  state "nominated" as nominated',
      '  state "term" as term {',
      '    state "declined" as declined',
      '  }',
      '  nominated --> term: PLENARY_DECISION [appointed]',
      '  nominated --> declined: PLENARY_DECISION [elseCase]',
      '  term --> declined: after termEnd',
      '  intake --> nominated: (always)',
      '  class term current',
    ].join('\n');
    expect(localizeDiagram(text, words).split('\n')).toEqual([
      'stateDiagram-v2',
      '  state "Vorgeschlagen" as nominated',
      '  state "Amtszeit" as term {',
      '    state "Nicht berufen" as declined',
      '  }',
      '  nominated --> term: Beschluss der Vollversammlung (berufen)',
      '  nominated --> declined: Beschluss der Vollversammlung',
      '  term --> declined: Frist termEnd',
      '  intake --> nominated',
      '  class term current',
    ]);
  });
});
