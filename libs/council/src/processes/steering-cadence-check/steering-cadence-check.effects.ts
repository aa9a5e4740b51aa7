import type { EffectHandler } from '@gremium/workflow';
import { coordinationUsers, mailNow } from '../../notifications/mail-now';
import { Meeting } from '../../meetings/meeting.entity';
import type { CadenceCheckContext, QuarterParams } from './steering-cadence-check.machine';

/** No steering meeting planned in the quarter: the coordination office is told, by notification and e-mail. */
export const checkQuarter: EffectHandler<CadenceCheckContext, QuarterParams> = async (
  { em, engine, instance },
  { year, quarter, from, to },
) => {
  const planned = await em.count(Meeting, {
    body: 'steering',
    date: { $gte: from, $lt: to },
    state: { $ne: 'cancelled' },
  });
  if (planned > 0) return;
  const office = await coordinationUsers(em);
  const message =
    `Im ${quarter}. Quartal ${year} ist keine Sitzung der Steuerungsgruppe geplant; das Quartal endet in sechs ` +
    'Wochen. Die Steuerungsgruppe tagt jedes Quartal vor den Arbeitsgruppen (R5).';
  await engine.notify({
    kind: 'cadence-warning',
    subjectType: 'process',
    subjectId: instance.id,
    message,
    recipient: { role: 'coordination' },
    email: {
      to: mailNow(office),
      subject: `Keine Steuerungsgruppe im ${quarter}. Quartal ${year} geplant`,
      text: message,
    },
  });
};
