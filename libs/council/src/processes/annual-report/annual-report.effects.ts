import type { EffectContext, EffectHandler } from '@gremium/workflow';
import { User } from '../../identity/user.entity';
import { AnnualReport, type AnnualReportState } from './annual-report.entity';
import type { AnnualReportContext, VotersParams } from './annual-report.machine';

/** P6 → the annual-report row, after every transition. */
export async function projectAnnualReport({
  em,
  instance,
  now,
}: EffectContext<AnnualReportContext>): Promise<void> {
  const context = instance.context;
  const fields = {
    year: context.year,
    state: String(instance.state) as AnnualReportState,
    figures: context.figures,
    narrative: context.narrative,
    round: context.round,
    votes: context.votes,
    notVoted: context.pendingVoters,
    decision: context.decision,
    approvedAt: context.approvedAt === null ? null : new Date(context.approvedAt),
    submission: context.submission,
    processId: instance.id,
    updatedAt: now,
  };
  const existing = await em.findOne(AnnualReport, context.reportId);
  if (existing) Object.assign(existing, fields);
  else em.create(AnnualReport, { id: context.reportId, ...fields, createdAt: now });
}

/** A round of sign-off: each steering member with a vote to cast is told (R5, R10). */
export const notifyReportVoters: EffectHandler<AnnualReportContext, VotersParams> = async (
  { em, engine },
  { reportId, year, personIds },
) => {
  if (personIds.length === 0) return;
  const message =
    `Der Jahresbericht ${year} des Präventionsrats liegt der Steuerungsgruppe zur Freigabe vor. ` +
    'Bitte stimmen Sie im Gremium ab (freigeben oder zur Überarbeitung zurückgeben).';
  const users = await em.find(User, { personId: { $in: personIds } }, { orderBy: { id: 'asc' } });
  for (const user of users) {
    await engine.notify({
      kind: 'vote-awaited',
      subjectType: 'annual-report',
      subjectId: reportId,
      message,
      recipient: { userId: user.id },
      email: { to: [user.email], subject: `Freigabe: Jahresbericht ${year}`, text: message },
    });
  }
};
