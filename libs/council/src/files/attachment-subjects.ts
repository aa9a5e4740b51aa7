import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PermissionRule, RuleContext } from '@gremium/workflow';
import { Meeting } from '../meetings/meeting.entity';
import { anyOf, coordinationOnly, memberOf, moderatorOf } from '../permissions/rules';
import { Recommendation } from '../processes/recommendation/recommendation.entity';

/**
 * What files can be attached to. Reading follows the subject: every signed-in user reads meetings,
 * recommendations and reports, so every signed-in user reads what is attached to them. Attaching and
 * detaching need `mayAttach`, evaluated against the data at the moment of the request.
 */
export interface AttachmentSubject<T extends object = object> {
  entity: EntityClass<T>;
  mayAttach(subject: T): PermissionRule<object, object>;
}

/** A subject kind from its table and who may attach to one of its rows: one line per kind. */
export const subjectOf = <T extends object>(
  entity: EntityClass<T>,
  mayAttach: (subject: T) => PermissionRule<object, object>,
): AttachmentSubject => ({
  entity,
  mayAttach: mayAttach as (subject: object) => PermissionRule<object, object>,
});

const ofGroup = (groupId: string | null) => () => groupId ?? undefined;

/** The kinds files attach to (api.md `files`). An annual report adds its line: `'annual-report': subjectOf(AnnualReport, () => coordinationOnly)`. */
export const ATTACHMENT_SUBJECTS: Record<string, AttachmentSubject> = {
  // The meeting's organiser: the coordination office, or for a working-group meeting its moderator (P8).
  meeting: subjectOf(Meeting, (meeting) =>
    anyOf(coordinationOnly, moderatorOf(ofGroup(meeting.workingGroupId))),
  ),
  // The coordination office, or the members of the group whose recommendation it is (they draft it).
  recommendation: subjectOf(Recommendation, (recommendation) =>
    anyOf(coordinationOnly, memberOf(ofGroup(recommendation.workingGroupId))),
  ),
};

export const ATTACHMENT_SUBJECT_KINDS = () => Object.keys(ATTACHMENT_SUBJECTS);

export async function findSubject(em: EntityManager, kind: string, id: string): Promise<object | null> {
  const subject = Object.prototype.hasOwnProperty.call(ATTACHMENT_SUBJECTS, kind)
    ? ATTACHMENT_SUBJECTS[kind]
    : undefined;
  return subject ? em.findOne(subject.entity, { id } as never) : null;
}

export const mayAttachTo = (kind: string, subject: object, ctx: RuleContext) =>
  ATTACHMENT_SUBJECTS[kind].mayAttach(subject)(ctx);
