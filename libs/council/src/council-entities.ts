import { LoginAttempt } from './identity/login-attempt.entity';
import { Session } from './identity/session.entity';
import { User } from './identity/user.entity';
import { Organization } from './organizations/organization.entity';
import { Person } from './people/person.entity';
import { WorkingGroup } from './working-groups/working-group.entity';

export const councilEntities = [Person, Organization, WorkingGroup, User, Session, LoginAttempt];
