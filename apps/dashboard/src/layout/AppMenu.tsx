import Diversity3Icon from '@mui/icons-material/Diversity3';
import GavelIcon from '@mui/icons-material/Gavel';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useCanAccess } from 'react-admin';

/** Daily work first (inbox, recommendations, processes), then the council's bodies, then administration. */
export const AppMenu = () => {
  const { canAccess: manageUsers } = useCanAccess({ resource: 'users', action: 'list' });
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItem name="tasks" />
      <Menu.ResourceItem name="recommendations" />
      <Menu.ResourceItem name="processes" />
      <Menu.ResourceItem name="working-groups" />
      <Menu.Item to="/steering-group" primaryText="gremium.steering.heading" leftIcon={<Diversity3Icon />} />
      <Menu.ResourceItem name="appointments" />
      <Menu.ResourceItem name="meetings" />
      <Menu.ResourceItem name="annual-reports" />
      <Menu.ResourceItem name="memberships" />
      <Menu.ResourceItem name="people" />
      <Menu.ResourceItem name="organizations" />
      <Menu.ResourceItem name="notifications" />
      <Menu.ResourceItem name="audit-events" />
      <Menu.Item to="/settings" primaryText="gremium.settings.title" leftIcon={<GavelIcon />} />
      {manageUsers && <Menu.ResourceItem name="users" />}
      {manageUsers && <Menu.ResourceItem name="incidents" />}
      {manageUsers && (
        <Menu.Item to="/import" primaryText="gremium.onboarding.title" leftIcon={<UploadFileIcon />} />
      )}
    </Menu>
  );
};
