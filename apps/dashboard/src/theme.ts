import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/*
 * react-admin's default themes, with the colours that fall short of WCAG AA replaced: the light theme's
 * blues reach only 3.1:1 (app bar) and 4.0:1 (labels on filled inputs). Each colour below keeps at least
 * 4.5:1 against the backgrounds it is drawn on (white, #fafafb, filled inputs, toolbars).
 */
// Wide enough for "Handlungsempfehlungen" in the menu.
const sidebar = { width: 264, closedWidth: 50 };

/**
 * react-admin greys out the "nothing here yet" page (opacity 0.5): below 4.5:1, so drawn in full. MUI's
 * tooltips (the icon buttons' names on narrow screens) are translucent grey: drawn opaque and dark. The
 * lists of a phone (list items' text) break an e-mail address or a long name rather than run off the screen.
 */
const components = {
  RaEmpty: { styleOverrides: { root: { '&& .RaEmpty-message': { opacity: 1 } } } },
  MuiTooltip: { styleOverrides: { tooltip: { backgroundColor: '#212121', color: '#ffffff' } } },
  MuiListItemText: {
    styleOverrides: { primary: { overflowWrap: 'anywhere' }, secondary: { overflowWrap: 'anywhere' } },
  },
};

export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  sidebar,
  components: { ...defaultLightTheme.components, ...components },
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#1565c0' },
    secondary: { main: '#0d47a1' },
    error: { main: '#c62828' },
    warning: { main: '#9a4a00' },
    info: { main: '#01579b' },
    success: { main: '#1b5e20' },
  },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  sidebar,
  components: { ...defaultDarkTheme.components, ...components },
  palette: {
    ...defaultDarkTheme.palette,
    error: { main: '#ef9a9a' },
    warning: { main: '#ffb74d' },
    info: { main: '#29b6f6' },
    success: { main: '#81c784' },
  },
};
