import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import * as annualReports from './annual-reports';
import * as appointments from './appointments';
import * as auditEvents from './audit-events';
import * as incidents from './incidents';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { lazyPage } from './lazyPage';
import * as meetings from './meetings';
import * as memberships from './memberships';
import * as notifications from './notifications';
import * as organizations from './organizations';
import * as people from './people';
import * as processes from './processes';
import { ProcessTitle } from './processes/ProcessTitle';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import * as recommendations from './recommendations';
import { darkTheme, lightTheme } from './theme';
import * as tasks from './tasks';
import * as users from './users';
import * as workingGroups from './working-groups';
import { LoginPage } from './login/LoginPage';

const Dashboard = lazyPage(() => import('./dashboard/Dashboard'), 'Dashboard');
const SettingsPage = lazyPage(() => import('./settings/SettingsPage'), 'SettingsPage');
const ImportPage = lazyPage(() => import('./onboarding/ImportPage'), 'ImportPage');
const SteeringGroupPage = lazyPage(() => import('./steering-group/SteeringGroupPage'), 'SteeringGroupPage');

export const App = () => (
  <Admin
    title="Gremium"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={AppLayout}
    lightTheme={lightTheme}
    darkTheme={darkTheme}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    <Resource name="tasks" {...tasks} />
    <Resource name="recommendations" {...recommendations} recordRepresentation="title" />
    <Resource name="processes" {...processes} recordRepresentation={<ProcessTitle />} />
    <Resource name="working-groups" {...workingGroups} recordRepresentation="name" />
    <Resource name="appointments" {...appointments} />
    <Resource name="meetings" {...meetings} recordRepresentation="title" />
    <Resource name="annual-reports" {...annualReports} recordRepresentation="year" />
    <Resource name="memberships" {...memberships} />
    <Resource name="people" {...people} recordRepresentation="name" />
    <Resource name="organizations" {...organizations} recordRepresentation="name" />
    <Resource name="notifications" {...notifications} />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="users" {...users} recordRepresentation="email" />
    <Resource name="incidents" {...incidents} />
    <CustomRoutes>
      <Route path="/steering-group" element={<SteeringGroupPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/import" element={<ImportPage />} />
    </CustomRoutes>
  </Admin>
);
