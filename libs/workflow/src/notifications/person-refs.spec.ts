import { personIdsIn, personRef, resolvePersonRefs } from './person-refs';

describe('person references in stored texts', () => {
  const anna = '0b6f7c1e-4c1f-4c55-9a53-0e4f2a9b6d11';
  const ben = '7d1c2a33-9b0e-4a5f-8a61-2c3d4e5f6a7b';

  it('finds the ids and puts the names in, each as often as it occurs', () => {
    const text = `Die Amtszeit von ${personRef(anna)} endet; Nachfolge: ${personRef(ben)}, Vertretung ${personRef(anna)}.`;
    expect(personIdsIn(text, 'ohne')).toEqual([anna, ben]);
    expect(
      resolvePersonRefs(
        text,
        new Map([
          [anna, 'Anna Roth'],
          [ben, 'Gelöschte Person 2'],
        ]),
      ),
    ).toBe('Die Amtszeit von Anna Roth endet; Nachfolge: Gelöschte Person 2, Vertretung Anna Roth.');
  });

  it('leaves other braces alone and names a missing person neutrally', () => {
    expect(resolvePersonRefs('{{person:kein-uuid}} {x}', new Map())).toBe('{{person:kein-uuid}} {x}');
    expect(resolvePersonRefs(personRef(anna), new Map())).toBe('eine gelöschte Person');
  });
});
