import type { EffectHandler } from '@gremium/workflow';
import { Meeting } from '../../meetings/meeting.entity';
import { recordRules, rulesInForce } from '../../settings/rules-store';
import { addDays } from '../../terms/calendar-date';
import type { AdoptionParams, AmendmentContext } from './rules-of-procedure-amendment.machine';
import { RulesOfProcedureVersion } from './rules-of-procedure-version.entity';

/**
 * R9: the adopted wording becomes the next version, in force from the day after the meeting; its settings
 * (the rules then in force, changed where the amendment says) apply to timers created from that day on.
 */
export const adoptRules: EffectHandler<AmendmentContext, AdoptionParams> = async (
  { em, instance, event, now },
  { versionId, title, text, changes, meetingId },
) => {
  const meeting = await em.findOneOrFail(Meeting, meetingId);
  const inForceFrom = addDays(meeting.date, 1);
  const settings = { ...(await rulesInForce(em, inForceFrom)), ...changes };
  const [latest] = await em.find(RulesOfProcedureVersion, {}, { orderBy: { version: 'desc' }, limit: 1 });
  em.create(RulesOfProcedureVersion, {
    id: versionId,
    version: (latest?.version ?? 0) + 1,
    title,
    text,
    settings,
    inForceFrom,
    meetingId,
    processId: instance.id,
    createdAt: now,
  });
  const recordedBy = event.actor.type === 'user' ? event.actor.userId : instance.id;
  await recordRules(em, settings, recordedBy, meetingId, now, inForceFrom);
};
