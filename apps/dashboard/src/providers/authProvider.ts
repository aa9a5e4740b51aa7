import type { AuthProvider } from 'react-admin';
import { HttpError } from 'react-admin';
import { api } from './http';
import { mayAccess, type Me } from './permissions';

/*
 * The session lives only in the HttpOnly cookie. The account is kept in memory for this page's
 * lifetime so the many checkAuth/canAccess calls do not each cost a request.
 */
let me: Promise<Me> | null = null;

function currentUser(): Promise<Me> {
  me ??= api<Me>('auth/me').then(
    (response) => response.body,
    (error: unknown) => {
      me = null;
      throw error;
    },
  );
  return me;
}

interface Credentials {
  email: string;
  password: string;
}

export const authProvider: AuthProvider = {
  login: async ({ email, password }: Credentials) => {
    me = null;
    try {
      await api('auth/login', { method: 'POST', body: { email, password } });
    } catch (error) {
      // The login page shows these in the chosen language rather than the API's English message.
      if (error instanceof HttpError && error.status === 401)
        throw new Error('gremium.login.wrong_credentials');
      if (error instanceof HttpError && error.status === 429) throw new Error('gremium.login.rate_limited');
      throw error;
    }
  },

  logout: async () => {
    me = null;
    try {
      await api('auth/logout', { method: 'POST' });
    } catch (error) {
      // After a 401 the session is already gone; that is the goal of logging out.
      if (!(error instanceof HttpError && error.status === 401)) throw error;
    }
  },

  checkAuth: async () => {
    try {
      await currentUser();
    } catch (error) {
      // Not logged in is the normal start: ask to log in rather than show the API's 401 message.
      if (error instanceof HttpError && error.status === 401) throw new Error('ra.auth.auth_check_error');
      throw error;
    }
  },

  checkError: async (error: unknown) => {
    if (error instanceof HttpError && error.status === 401) {
      me = null;
      throw error;
    }
  },

  getIdentity: async () => {
    const user = await currentUser();
    return { id: user.id, fullName: user.displayName, personId: user.personId };
  },

  /** Stored roles and the rights the data gives today (`steering-member`, `moderator:<group>`, `member:<group>`). */
  getPermissions: async () => (await currentUser()).permissions,

  canAccess: async ({ resource, action, record }) => mayAccess(await currentUser(), resource, action, record),
};
