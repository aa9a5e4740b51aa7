import type { Coded, ErrorParams } from '@gremium/workflow';

/**
 * Every message key the council's rules may answer with, and its English wording (`{name}` marks a
 * parameter). The dashboard words each in German and English; a test holds its catalogues to this list.
 */
export const COUNCIL_ERRORS = {
  'permission.coordination': 'only the coordination office may do this',
  'permission.viewer': 'only accounts with read access may do this',
  'permission.steering_member': 'only current members of the steering group may do this',
  'permission.moderator': 'only the moderator of this working group may do this',
  'permission.group_member': 'only members of this working group may do this',
  'person.unknown': 'is not an existing person',
  'person.wrong_kind': 'belongs to {organization} of kind {kind}, but the seat needs {seat}',
  'organization.unknown': 'is not an existing organization',
  'organization.wrong_kind': 'is of kind {kind}, but the seat needs {seat}',
  'working_group.unknown': 'is not an existing working group',
  'working_group.dissolved': 'working group {name} is dissolved',
  'working_group.dissolution_pending': 'a dissolution of this working group is already pending',
  'working_group.initial_member_unknown': 'names a person who does not exist',
  'meeting.unknown': 'is not an existing meeting',
  'meeting.wrong_body': 'is not a meeting of the {body}',
  'meeting.in_future': 'lies in the future ({date})',
  'meeting.cancelled': 'the meeting on {date} was cancelled',
  'meeting.before_start': 'the meeting on {date} lies before the matter began ({start})',
  'meeting.group_only': 'belongs to working-group meetings only',
  'election.not_member': 'the elected person is not a member of this working group',
  'appointment.term_start_required': 'is required when the plenary appoints',
  'appointment.end_before_start': 'the effective date must lie after the start of the term',
  'membership.moderator_by_election': 'the moderator’s membership ends through a new moderator election',
  'membership.ends_before_start': 'must not lie before from',
  'membership.plenary_no_group': 'must be empty for a plenary membership',
  'membership.plenary_member_only': 'must be member in the plenary',
  'membership.plenary_only': 'applies to plenary memberships only',
  'membership.role_by_election': 'is set by the moderator election (P5), not directly',
  'membership.temporary_needs_topic': 'or an end date is required for a temporary member (R2)',
  'membership.representative_taken':
    'this organization already has a representative in the plenary for that period',
  'user.email_taken': 'an account for {email} already exists',
  'user.own_coordination_role': 'you cannot take the coordination role from your own account',
  'user.delete_self': 'you cannot delete your own account',
  'auth.wrong_credentials': 'e-mail or password is wrong',
  'auth.too_many_attempts': 'too many failed logins; try again in {minutes} minutes',
  'cadence.check_exists': 'quarter {quarter}/{year} is checked already',
  'cadence.year': 'must be a year like 2027',
  'digest.schedule_only': 'the daily digest is started by its schedule only',
  'digest.exists': 'the digest of {date} exists already',
  'annual_report.exists': 'the annual report {year} exists already',
  'annual_report.past_year_only': 'must be a past year: the report on {year} is due once the year is over',
  'agenda.add_forbidden': 'only the organiser or, for topics, members of the group may add items',
  'agenda.proposal_is_topic': 'must be topic for a proposal',
  'agenda.organiser_only': 'only the organiser of the meeting may change its agenda',
  'agenda.process_title': 'an item taken from a process keeps its title',
  'agenda.only_proposals': 'only proposed topics are accepted or declined',
  'agenda.item_stays': 'an item waiting on this body’s decision stays on the agenda',
  'agenda.closed': 'the agenda of a meeting in state {state} is closed',
  'minutes.organiser_only': 'only the organiser of the meeting may write its minutes',
  'minutes.not_held': 'minutes are written while the meeting is held, not in state {state}',
  'minutes.unknown_person': 'names a person that does not exist',
  'minutes.unknown_item': 'is not an item of this meeting’s agenda (or repeats one)',
  'minutes.not_decision_item': 'belongs to items that wait on this body’s decision',
  'minutes.missing': 'no minutes have been written for this meeting yet',
  'meeting.not_started': 'the meeting has not started yet ({start})',
  'meeting.adopt_reserved': 'is reserved for the migration',
  'person.consent_required': 'is required for a public profile (the day the person consented)',
  'person.consent_in_future': 'must not lie in the future',
  'person.erased_not_public': 'an erased person has no public profile',
  'publication.reason_required': 'is required when an item is withheld from publication',
  'file.missing': 'needs a file in the multipart field file',
  'file.too_large': 'the file is larger than {maxMb} MB',
  'file.type_not_allowed':
    'only PDF, ODT, ODS, DOCX, XLSX, PNG and JPEG files are accepted (judged by content)',
  'file.upload_forbidden':
    'only the coordination office, steering members and members of a working group may upload files',
  'file.unknown': 'is not a file you may use',
  'attachment.kind_unknown': 'is not a kind of record that files attach to',
  'attachment.forbidden': 'you may not attach files to this record or remove them from it',
} as const;

export type CouncilErrorKey = keyof typeof COUNCIL_ERRORS;

/** A council refusal's key, with its English wording for logs and API clients that do not translate. */
export const councilCoded = (key: CouncilErrorKey, params?: ErrorParams): Coded => ({
  key,
  english: COUNCIL_ERRORS[key],
  params,
});
