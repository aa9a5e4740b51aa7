import { AppBar, TitlePortal, ToggleThemeButton } from 'react-admin';
import { ActivityIndicator } from './ActivityIndicator';
import { GlobalSearch } from './GlobalSearch';
import { IdentityMenu } from './IdentityMenu';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NotificationsButton } from './NotificationsButton';

const toolbar = (
  <>
    <GlobalSearch />
    <NotificationsButton />
    <LocaleSwitcher />
    <ToggleThemeButton />
    <ActivityIndicator />
  </>
);

export const GremiumAppBar = () => (
  <AppBar toolbar={toolbar} userMenu={<IdentityMenu />}>
    <TitlePortal
      component="h1"
      sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
    />
  </AppBar>
);
