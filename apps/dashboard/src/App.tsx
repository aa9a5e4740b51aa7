import { Admin, LoginWithEmail, Resource } from 'react-admin';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { lazyPage } from './lazyPage';
import * as organizations from './organizations';
import * as people from './people';
import * as processes from './processes';
import { ProcessTitle } from './processes/ProcessTitle';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { darkTheme, lightTheme } from './theme';
import * as tasks from './tasks';
import * as workingGroups from './working-groups';

const Dashboard = lazyPage(() => import('./dashboard/Dashboard'), 'Dashboard');

export const App = () => (
  <Admin
    title="Gremium"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginWithEmail}
    layout={AppLayout}
    lightTheme={lightTheme}
    darkTheme={darkTheme}
    dashboard={Dashboard}
    requireAuth
    disableTelemetry
  >
    <Resource name="tasks" {...tasks} />
    <Resource name="processes" {...processes} recordRepresentation={<ProcessTitle />} />
    <Resource name="working-groups" {...workingGroups} recordRepresentation="name" />
    <Resource name="people" {...people} recordRepresentation="name" />
    <Resource name="organizations" {...organizations} recordRepresentation="name" />
  </Admin>
);
