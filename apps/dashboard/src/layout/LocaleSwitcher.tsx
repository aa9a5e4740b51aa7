import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import TranslateIcon from '@mui/icons-material/Translate';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useLocaleState, useLocales, useTranslate } from 'react-admin';

const MENU_ID = 'locale-menu';

/** Language menu; unlike react-admin's LocalesMenuButton it names its purpose and each language's `lang`. */
export const LocaleSwitcher = () => {
  const translate = useTranslate();
  const locales = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = locales.find((candidate) => candidate.locale === locale)?.name ?? locale;
  const choose = (next: string) => {
    setLocale(next);
    setAnchor(null);
  };
  return (
    <>
      <Button
        color="inherit"
        aria-label={`${translate('gremium.app_bar.language')}: ${current}`}
        aria-haspopup="menu"
        aria-controls={anchor ? MENU_ID : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        startIcon={<TranslateIcon />}
        endIcon={<ExpandMoreIcon sx={{ display: { xs: 'none', md: 'inline-block' } }} />}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{
          minWidth: 0,
          '& .MuiButton-startIcon': { mr: { xs: 0, md: 1 } },
          '& .MuiButton-endIcon': { display: { xs: 'none', md: 'inherit' } },
        }}
      >
        <Box component="span" sx={{ display: { xs: 'none', md: 'inline' } }}>
          {current}
        </Box>
      </Button>
      <Menu id={MENU_ID} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {locales.map(({ locale: code, name }) => (
          <MenuItem key={code} lang={code} selected={code === locale} onClick={() => choose(code)}>
            {name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
