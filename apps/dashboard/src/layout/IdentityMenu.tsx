import AccountCircle from '@mui/icons-material/AccountCircle';
import KeyIcon from '@mui/icons-material/Key';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { Logout, UserMenuContextProvider, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { ChangePasswordDialog } from './ChangePasswordDialog';

const MENU_ID = 'user-menu';

/** The stored role and what the data makes of the person today (Steuerungsgruppe, Moderation), in words. */
export function roleNames(
  permissions: string[],
  translate: (key: string, options?: object) => string,
): string {
  const names = permissions.flatMap((permission) => {
    if (permission === 'coordination' || permission === 'viewer' || permission === 'steering-member') {
      return [translate(`gremium.roles.${permission}`)];
    }
    return permission.startsWith('moderator:') ? [translate('gremium.roles.moderator')] : [];
  });
  return [...new Set(names)].join(', ');
}

/** The signed-in person's name and role, opening the menu to change the password or log out. */
export const IdentityMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<string[]>();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [changingPassword, setChangingPassword] = useState(false);
  const close = useCallback(() => setAnchor(null), []);
  const menuContext = useMemo(() => ({ onClose: close }), [close]);
  if (!identity) return null;
  const roles = roleNames(permissions ?? [], translate);
  return (
    <>
      <Button
        color="inherit"
        aria-haspopup="menu"
        aria-controls={anchor ? MENU_ID : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        startIcon={<AccountCircle />}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', textAlign: 'start', ml: 1 }}
      >
        <Box component="span" sx={{ display: 'flex', flexDirection: 'column', lineHeight: 1.25 }}>
          <span>{identity.fullName}</span>
          <Typography component="span" variant="caption">
            {roles}
          </Typography>
        </Box>
      </Button>
      <UserMenuContextProvider value={menuContext}>
        <Menu id={MENU_ID} anchorEl={anchor} open={anchor !== null} onClose={close}>
          <MenuItem
            onClick={() => {
              close();
              setChangingPassword(true);
            }}
          >
            <ListItemIcon>
              <KeyIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{translate('gremium.account.change_password')}</ListItemText>
          </MenuItem>
          <Logout />
        </Menu>
      </UserMenuContextProvider>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
};
