import { describe, expect, it } from '@jest/globals';
import { spreadsheetCsv, type ExportColumn } from './spreadsheet-export';

const COLUMNS: ExportColumn[] = [
  { source: 'title' },
  { source: 'workingGroupId', kind: 'reference', reference: 'working-groups' },
  { source: 'state', kind: 'choice', prefix: 'gremium.states' },
  { source: 'addressees', kind: 'choices', prefix: 'gremium.choices.addressee' },
  { source: 'submittedAt', kind: 'datetime' },
];

describe('the export for German spreadsheets', () => {
  it('has German headers, names, labels, German dates, semicolons and a byte order mark', () => {
    const csv = spreadsheetCsv(
      'recommendations',
      COLUMNS,
      [
        {
          id: 'r1',
          title: 'Schulwege; sicher "jetzt"',
          workingGroupId: 'g1',
          state: 'inReview',
          addressees: ['administration', 'council'],
          submittedAt: '2026-03-02T09:30:00.000Z',
        },
      ],
      { workingGroupId: { g1: { id: 'g1', name: 'AG Schulumfeld' } } },
      'de',
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('Titel;Arbeitsgruppe;Stand;Adressaten;Vorgelegt am');
    expect(row).toBe(
      '"Schulwege; sicher ""jetzt""";AG Schulumfeld;In Prüfung der Steuerungsgruppe;Stadtverwaltung, Stadtrat;02.03.2026, 10:30',
    );
  });
});
