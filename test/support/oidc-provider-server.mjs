// A real OpenID provider (oidc-provider) for the tests, in its own Node process (it is an ES module).
// Configuration comes as JSON in OIDC_TEST_CONFIG: {port, clientId, clientSecret, redirectUri, accounts}.
// Its development login form accepts any account id listed in `accounts` (the password is not checked);
// consent is given automatically.
import Provider from 'oidc-provider';

const { port, clientId, clientSecret, redirectUri, accounts } = JSON.parse(process.env.OIDC_TEST_CONFIG);

const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  cookies: { keys: ['gremium-test-provider'] },
  async findAccount(_ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    grant.addOIDCClaims(['email', 'email_verified', 'name']);
    await grant.save();
    return grant;
  },
});

provider.listen(port, '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
