import LoginIcon from '@mui/icons-material/Login';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import { useEffect, useState } from 'react';
import { Login, LoginForm, PasswordInput, required, TextInput, useTranslate } from 'react-admin';
import { api } from '../providers/http';

interface SsoConfig {
  enabled: boolean;
  loginUrl: string | null;
}

/** Shown only when the server says single sign-on is configured (`GET /api/auth/oidc/config`). */
const SsoButton = () => {
  const translate = useTranslate();
  const [config, setConfig] = useState<SsoConfig | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api<SsoConfig>('auth/oidc/config', { signal: controller.signal }).then(
      (response) => setConfig(response.body),
      () => setConfig(null),
    );
    return () => controller.abort();
  }, []);
  if (!config?.enabled || !config.loginUrl) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }}>
      <Divider sx={{ mb: 2 }}>{translate('gremium.login.or')}</Divider>
      <Button fullWidth variant="outlined" startIcon={<LoginIcon />} href={config.loginUrl}>
        {translate('gremium.login.sso')}
      </Button>
    </Box>
  );
};

/** E-mail and password, and the city's single sign-on when configured. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          label={translate('ra.auth.email', { _: 'E-Mail' })}
          autoComplete="email"
          type="email"
          validate={required()}
        />
        <PasswordInput
          source="password"
          label={translate('ra.auth.password')}
          autoComplete="current-password"
          validate={required()}
        />
      </LoginForm>
      <SsoButton />
    </Login>
  );
};
