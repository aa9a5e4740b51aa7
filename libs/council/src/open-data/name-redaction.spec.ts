import { describe, expect, it } from '@jest/globals';
import { nameRedactor, UNNAMED } from './name-redaction';

describe('nameRedactor', () => {
  it('replaces every quoted name, the longest first, whatever its case', () => {
    const redact = nameRedactor(['Anna Beispiel', 'Anna Beispiel-Muster', 'Jo']);
    expect(redact('Berufung (Polizei): Anna Beispiel-Muster; Dank an ANNA BEISPIEL')).toBe(
      `Berufung (Polizei): ${UNNAMED}; Dank an ${UNNAMED}`,
    );
  });

  it('leaves short fragments and texts without names alone', () => {
    const redact = nameRedactor(['Jo', '  ']);
    expect(redact('Johanna berichtet')).toBe('Johanna berichtet');
  });

  it('treats names as text, not as patterns', () => {
    expect(nameRedactor(['A. (B)'])('Gast: A. (B) und AX (B)')).toBe(`Gast: ${UNNAMED} und AX (B)`);
  });

  it("merges a dot right after the name with the pseudonym's own: never „N. N..“", () => {
    const redact = nameRedactor(['Gisela Verborgen']);
    expect(redact('Das Amt prüft es; Hinweis von Gisela Verborgen.')).toBe(
      'Das Amt prüft es; Hinweis von N. N.',
    );
    expect(redact('Gisela Verborgen. Danach')).toBe('N. N. Danach');
    expect(redact('Lageplan Gisela Verborgen.pdf')).toBe('Lageplan N. N.pdf');
    expect(redact('Dank an Gisela Verborgen...')).toBe('Dank an N. N...');
  });
});
