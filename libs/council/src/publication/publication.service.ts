import { z } from 'zod';
import { Injectable } from '@nestjs/common';
import { invalidField } from '@gremium/workflow';
import { councilCoded } from '../errors/council-errors';
import { Meeting } from '../meetings/meeting.entity';
import { Recommendation } from '../processes/recommendation/recommendation.entity';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import { meetingDue, publicListing, recommendationDue } from './publication-rules';
import { Withholding, type Withholdable } from './withholding.entity';

export const publicationInput = z.strictObject({
  withheld: z.boolean(),
  reason: z.string().max(1000).nullable().optional(),
});
export type PublicationInput = z.infer<typeof publicationInput>;

/** Whether an item is in the open council data, and why not. */
export interface Publication {
  id: string;
  subjectType: Withholdable;
  /** Its state makes it public (a meeting from the invitation, a recommendation from the endorsement). */
  due: boolean;
  /** Its state made it public once and no longer does (a recommendation withdrawn or cancelled afterwards). */
  retracted: boolean;
  withheld: boolean;
  reason: string | null;
  /** Public now, as OParl and the public page show it: due and not withheld. */
  published: boolean;
  updatedAt: Date | null;
}

const ENTITIES = { meeting: Meeting, recommendation: Recommendation } as const;

/**
 * Publication is a decision: the coordination office may withhold a meeting or a recommendation from the
 * open council data (OParl lists it as deleted from then on) and release it again. Each change is a
 * record of change of the item.
 */
@Injectable()
export class PublicationService {
  constructor(private readonly records: RecordWriter) {}

  async get(subjectType: Withholdable, id: string): Promise<Publication> {
    const { em } = await this.records.begin();
    const item = await this.records.findOr404(em, ENTITIES[subjectType], id, subjectType);
    return present(subjectType, item, await em.findOne(Withholding, { id }));
  }

  async decide(
    subjectType: Withholdable,
    id: string,
    input: PublicationInput,
    by: Editor,
  ): Promise<Publication> {
    const reason = input.reason?.trim() || null;
    if (input.withheld && !reason)
      refuse(invalidField('reason', councilCoded('publication.reason_required')));
    const { em, now } = await this.records.begin();
    const item = await this.records.findOr404(em, ENTITIES[subjectType], id, subjectType);
    let row = await em.findOne(Withholding, { id });
    const before = { withheld: row?.withheld ?? false, withheldReason: row?.reason ?? null };
    if (before.withheld === input.withheld && (!input.withheld || before.withheldReason === reason)) {
      return present(subjectType, item, row);
    }
    if (!row) {
      row = em.create(Withholding, { id, subjectType, withheld: false, createdAt: now, updatedAt: now });
    }
    em.assign(row, { withheld: input.withheld, reason: input.withheld ? reason : null, updatedAt: now });
    const record: { id: string; withheld: boolean; withheldReason: string | null } = {
      id,
      withheld: row.withheld,
      withheldReason: row.reason,
    };
    await this.records.commit(em, {
      kind: subjectType,
      record,
      action: 'updated',
      before,
      by,
      at: now,
    });
    return present(subjectType, item, row);
  }
}

function present(
  subjectType: Withholdable,
  item: Meeting | Recommendation,
  row: Withholding | null,
): Publication {
  const due = item instanceof Meeting ? meetingDue(item) : recommendationDue(item);
  return {
    id: item.id,
    subjectType,
    ...due,
    withheld: row?.withheld ?? false,
    reason: row?.reason ?? null,
    published: publicListing(due, row) === 'shown',
    updatedAt: row?.updatedAt ?? null,
  };
}
