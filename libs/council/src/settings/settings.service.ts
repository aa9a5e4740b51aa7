import { Injectable } from '@nestjs/common';
import { requireMeetingOf } from '../meetings/meeting-checks';
import { RecordWriter, refuse, type Editor } from '../records/record-writer';
import type { RulesOfProcedure } from './rules-of-procedure';
import { berlinDateOf } from '../terms/calendar-date';
import { recordRules, rulesInForce } from './rules-store';

/** R9: the rules of procedure, decided by the steering group and recorded by the coordination office. */
@Injectable()
export class SettingsService {
  constructor(private readonly records: RecordWriter) {}

  async current(): Promise<RulesOfProcedure> {
    const { em, now } = await this.records.begin();
    return rulesInForce(em, berlinDateOf(now));
  }

  async record(values: RulesOfProcedure, meetingId: string | null, by: Editor): Promise<RulesOfProcedure> {
    const { em, now } = await this.records.begin();
    const refusal = await requireMeetingOf(em, meetingId, 'steering', 'meetingId');
    if (refusal) refuse(refusal);
    const termAlertLeadDays = [...new Set(values.termAlertLeadDays)].sort((a, b) => b - a);
    const revision = await recordRules(em, { ...values, termAlertLeadDays }, by.userId, meetingId, now);
    return revision.values;
  }
}
