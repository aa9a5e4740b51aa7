import { FileAttachment } from './files/file-attachment.entity';
import { StoredFile } from './files/stored-file.entity';
import { LoginAttempt } from './identity/login-attempt.entity';
import { Session } from './identity/session.entity';
import { User } from './identity/user.entity';
import { AgendaItem } from './meetings/agenda-item.entity';
import { Meeting } from './meetings/meeting.entity';
import { Membership } from './memberships/membership.entity';
import { Organization } from './organizations/organization.entity';
import { Person } from './people/person.entity';
import { Withholding } from './publication/withholding.entity';
import { RecordChange } from './records/record-change.entity';
import { SettingsRevision } from './settings/settings-revision.entity';
import { CoordinationAssignment } from './steering-group/coordination-assignment.entity';
import { ModeratorTenure } from './working-groups/moderator-tenure.entity';
import { WorkingGroup } from './working-groups/working-group.entity';

/** The council's own records; a process's read model is registered with its definition. */
export const councilEntities = [
  Person,
  Organization,
  WorkingGroup,
  ModeratorTenure,
  Membership,
  Meeting,
  AgendaItem,
  CoordinationAssignment,
  SettingsRevision,
  User,
  Session,
  LoginAttempt,
  RecordChange,
  Withholding,
  StoredFile,
  FileAttachment,
];
