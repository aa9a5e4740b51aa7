import { Injectable } from '@nestjs/common';
import { invalidField } from '@gremium/workflow';
import { Meeting } from '../meetings/meeting.entity';
import { appendRecordChange } from '../records/record-chain';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import type { RulesInput, RulesOfProcedure } from './rules-of-procedure';
import { berlinDateOf } from '../terms/calendar-date';
import { recordRules, rulesInForce } from './rules-store';
import { councilCoded } from '../errors/council-errors';

/** The records of change of the rules of procedure form one chain under this id. */
export const SETTINGS_RECORD_ID = '5e771265-0000-4000-8000-000000000000';

/** R9: the rules of procedure, decided by the steering group and recorded by the coordination office. */
@Injectable()
export class SettingsService {
  constructor(private readonly records: RecordWriter) {}

  async current(): Promise<RulesOfProcedure> {
    const { em, now } = await this.records.begin();
    return rulesInForce(em, berlinDateOf(now));
  }

  async record(values: RulesInput, meetingId: string | null, by: Editor): Promise<RulesOfProcedure> {
    const { em, now } = await this.records.begin();
    if (meetingId && !(await em.count(Meeting, { id: meetingId, body: 'steering' }))) {
      refuse(invalidField('meetingId', councilCoded('meeting.wrong_body', { body: 'steering' })));
    }
    const termAlertLeadDays = [...new Set(values.termAlertLeadDays)].sort((a, b) => b - a);
    const previous = await rulesInForce(em, berlinDateOf(now));
    const revision = await this.records.atomically(em, async () => {
      const recorded = await recordRules(
        em,
        { ...previous, ...values, termAlertLeadDays },
        by.userId,
        meetingId,
        now,
      );
      await appendRecordChange(em, {
        kind: 'settings',
        subjectId: SETTINGS_RECORD_ID,
        action: 'updated',
        actorId: by.userId,
        at: now,
        before: { ...previous },
        after: { ...recorded.values, meetingId },
      });
      return recorded;
    });
    return { ...previous, ...revision.values };
  }
}
