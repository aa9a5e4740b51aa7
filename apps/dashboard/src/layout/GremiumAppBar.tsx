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

// TitlePortal cuts its text off with an ellipsis, but react-admin puts the page's title in an inline-block
// (styled after this, hence `&&`), which would only be clipped: as plain inline text a long title ends in „…“.
// Its whole text is the heading's title attribute (DocumentTitle) and the breadcrumb below.
export const GremiumAppBar = () => (
  <AppBar toolbar={toolbar} userMenu={<IdentityMenu />}>
    <TitlePortal component="h1" sx={{ minWidth: 0, '&& > *': { display: 'inline' } }} />
  </AppBar>
);
