import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { formSchema } from './describe';

const vocabulary = {
  fields: {
    decision: { de: 'Entscheidung', en: 'Decision' },
    changes: { de: 'Änderungen', en: 'Changes' },
    reviewPeriod: { de: 'Prüffrist', en: 'Review period' },
  },
  choices: { decision: { adopted: { de: 'Beschlossen', en: 'Adopted' } } },
};

describe('the form schema of a definition', () => {
  it('labels every known field at any depth and the choices it knows, in German and English', () => {
    const schema = formSchema(
      z
        .object({
          decision: z.enum(['adopted', 'rejected']),
          changes: z.object({ reviewPeriod: z.string().optional() }).strict().optional(),
          other: z.string(),
        })
        .strict(),
      vocabulary,
    );
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(properties.decision).toMatchObject({
      title: 'Entscheidung',
      labels: { de: 'Entscheidung', en: 'Decision' },
      enum: ['adopted', 'rejected'],
      choiceLabels: { adopted: { de: 'Beschlossen', en: 'Adopted' } },
    });
    expect(properties.changes.labels).toEqual({ de: 'Änderungen', en: 'Changes' });
    expect((properties.changes.properties as Record<string, unknown>).reviewPeriod).toMatchObject({
      title: 'Prüffrist',
    });
    expect(properties.other).toEqual({ type: 'string' });
    expect(schema.required).toEqual(['decision', 'other']);
  });
});
