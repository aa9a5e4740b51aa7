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
});
