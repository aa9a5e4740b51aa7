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
      // A zero basis: a long record title (a recommendation's) is cut, never widens the bar on a phone.
      sx={{
        flex: '1 1 0',
        width: 0,
        minWidth: 0,
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        whiteSpace: 'nowrap',
      }}
    />
  </AppBar>
);
