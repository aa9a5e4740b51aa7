export { councilOrmOptions, allEntities } from './database';
export { councilDefinitions } from './council-definitions';
export { councilEntities } from './council-entities';
export { Person } from './people/person.entity';
export { Organization, ORGANIZATION_KINDS, type OrganizationKind } from './organizations/organization.entity';
export { WorkingGroup, type WorkingGroupStatus } from './working-groups/working-group.entity';
export {
  User,
  STORED_ROLES,
  NOTIFICATION_DELIVERIES,
  type NotificationDelivery,
  type StoredRole,
} from './identity/user.entity';
export { Session } from './identity/session.entity';
export { LoginAttempt, loginEmailHash } from './identity/login-attempt.entity';
export { AuthService, type LoginResult } from './identity/auth.service';
export { SessionCache, SESSIONS_CHANGED_CHANNEL } from './identity/session-cache';
export { OidcLogin, OIDC_CALLBACK_PATH } from './identity/oidc/oidc-login.service';
export type { OidcChecks } from './identity/oidc/oidc-client.adapter';
export { IdentityPurge, LOGIN_ATTEMPT_RETENTION_MS } from './identity/identity-purge.service';
export { actorOfUser, UserActorResolver } from './identity/user-actor-resolver';
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from './identity/password';
export { workingGroupFounding } from './processes/working-group-founding/working-group-founding.definition';
export { CouncilCoreModule, type CoreOptions } from './council-core.module';
export {
  Membership,
  MEMBERSHIP_ROLES,
  type MembershipRole,
  type MembershipBody,
} from './memberships/membership.entity';
export { inForceOn, isGroupMember } from './memberships/membership-queries';
export {
  Appointment,
  APPOINTED_SEATS,
  APPOINTMENT_STATUSES,
  type AppointedSeatKind,
  type AppointmentStatus,
} from './processes/seat-appointment/appointment.entity';
export {
  Meeting,
  MEETING_BODIES,
  MEETING_KINDS,
  MEETING_STATES,
  icalUidOf,
  type MeetingBody,
  type MeetingKind,
  type MeetingState,
} from './meetings/meeting.entity';
export { meeting } from './processes/meeting/meeting.definition';
export { adoptRecordedMeetings, adoptionKey } from './meetings/meeting-adoption';
export { AgendaService, type NewAgendaItem, type AgendaItemChange } from './meetings/agenda.service';
export { type AgendaEntry } from './meetings/agenda';
export { invitationCalendar, invitationStatus } from './meetings/meeting-invitations';
export { MinutesService, type MinutesInput } from './meetings/minutes.service';
export { CalendarFeedService } from './meetings/calendar-feed.service';
export { agendaPdf, minutesPdf } from './meetings/meeting-pdf';
export { cadenceOf, type Cadence, type CadenceWarning } from './meetings/cadence';
export {
  AgendaItem,
  AGENDA_KINDS,
  AGENDA_SOURCES,
  AGENDA_STATUSES,
  type AgendaKind,
  type AgendaStatus,
} from './meetings/agenda-item.entity';
export {
  agendaItemChange,
  agendaItemInput,
  meetingInput,
  minutesInput,
  type MeetingInput,
} from './processes/meeting/meeting.schemas';
export { CoordinationAssignment } from './steering-group/coordination-assignment.entity';
export { steeringGroupOn } from './steering-group/steering-group.repository';
export {
  SteeringGroupCache,
  steeringGroupForChecks,
  STEERING_FACTS_CHANGED_CHANNEL,
} from './steering-group/steering-group-cache';
export {
  isSteeringMember,
  majorityThreshold,
  type Composition,
  type Seat,
} from './steering-group/composition';
export { SettingsRevision } from './settings/settings-revision.entity';
export { rulesOfProcedure, DEFAULT_RULES, type RulesOfProcedure } from './settings/rules-of-procedure';
export { rulesInForce, recordRules } from './settings/rules-store';
export { termLastDay, termExpiresAt } from './terms/term';
export {
  berlinDateOf,
  berlinWallTime,
  isCalendarDate,
  addDays,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  parseCalendarDate,
} from './terms/calendar-date';
export { SEAT_LABELS, formatGermanDate } from './shared/german-labels';
export { type VoteCounts } from './shared/payload-schemas';
export { seatAppointment } from './processes/seat-appointment/seat-appointment.definition';
export { moderatorElection } from './processes/moderator-election/moderator-election.definition';
export { workingGroupDissolution } from './processes/working-group-dissolution/working-group-dissolution.definition';
export {
  Recommendation,
  RECOMMENDATION_STATES,
  type RecommendationState,
} from './processes/recommendation/recommendation.entity';
export { recommendation } from './processes/recommendation/recommendation.definition';
export { annualReport } from './processes/annual-report/annual-report.definition';
export { AnnualReport, ANNUAL_REPORT_STATES } from './processes/annual-report/annual-report.entity';
export { NARRATIVE_SECTIONS, type Narrative } from './processes/annual-report/annual-report.schemas';
export { compileAnnualFigures, figuresWithNames } from './annual-report/figures.service';
export { reportContent } from './annual-report/report-content';
export { reportHtml, reportPdf } from './annual-report/report-document';
export type { AnnualFigures } from './annual-report/figures';
export { ModeratorTenure } from './working-groups/moderator-tenure.entity';
export { notVoted } from './processes/recommendation/sign-off';
export {
  ADDRESSEES,
  editPayload,
  recommendationInput,
  recommendationInputV3,
} from './processes/recommendation/recommendation.schemas';
export { RecommendationVersion } from './processes/recommendation/recommendation-version.entity';
export { type Editor } from './records/record-writer';
export { PeopleService, type PersonInput } from './people/people.service';
export {
  PublicationService,
  publicationInput,
  type Publication,
  type PublicationInput,
} from './publication/publication.service';
export { Withholding, WITHHOLDABLE, type Withholdable } from './publication/withholding.entity';
export { OpenDataService, PLENARY, STEERING } from './open-data/open-data.service';
export { UNNAMED } from './open-data/name-redaction';
export { publicCalendar } from './open-data/public-calendar';
export * from './open-data/open-data.types';
export {
  meetingDue,
  publicListing,
  PUBLIC_RECOMMENDATION_STATES,
  recommendationDue,
  type Due,
  type Listing,
} from './publication/publication-rules';
export { OrganizationsService, type OrganizationInput } from './organizations/organizations.service';
export { MembershipsService, type MembershipInput } from './memberships/memberships.service';
export { UsersService, type UserInput } from './identity/users.service';
export { SettingsService } from './settings/settings.service';
export { SteeringGroupService } from './steering-group/steering-group.service';
export { NotificationInbox, type NotificationView } from './notifications/notification-inbox.service';
export { recipientsForPeople } from './notifications/recipients';
export { coordinationUsers, mailNow } from './notifications/mail-now';
export { DIGEST_KIND } from './processes/notification-digest/notification-digest.effects';
export { PersonErasure, PSEUDONYM_PREFIX, type ErasureBlocker } from './privacy/person-erasure.service';
export { PersonExporter, type PersonExport } from './privacy/person-export.service';
export { PersonNameResolver } from './people/person-names';
export {
  RecordChange,
  RECORD_KINDS,
  type RecordKind,
  type FieldChange,
} from './records/record-change.entity';
export { verifyRecordChain, type RecordChainReport } from './records/record-chain';
export { SETTINGS_RECORD_ID } from './settings/settings.service';
export {
  OnboardingImport,
  IMPORT_COLUMNS,
  type ImportProblem,
  type ImportResult,
} from './onboarding/onboarding-import.service';
export { searchCouncil, SEARCH_MIN_LENGTH, SEARCH_MAX_LENGTH, type SearchHit } from './search/global-search';
export { councilEnums, type CouncilEnums } from './shared/council-enums';
export { COUNCIL_ERRORS, councilCoded, type CouncilErrorKey } from './errors/council-errors';
export { StoredFile } from './files/stored-file.entity';
export { FileAttachment } from './files/file-attachment.entity';
export {
  FilesService,
  FileRefusedError,
  type AttachedFile,
  type FileInfo,
  type Download,
  attachedTo,
} from './files/files.service';
export {
  ALLOWED_FILE_TYPES,
  MAX_FILE_BYTES,
  contentDisposition,
  sniffAllowedType,
  cleanFileName,
} from './files/file-kinds';
export { ATTACHMENT_SUBJECTS, ATTACHMENT_SUBJECT_KINDS, subjectOf } from './files/attachment-subjects';
