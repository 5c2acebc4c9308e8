import type { AuthProvider, HttpError } from 'react-admin';
import { LoginDocument, LogoutDocument, MeDocument, ProvinceBureausDocument } from '../gql/graphql';
import { execute } from '../graphql/client';
import { canWrite, clearSession, readSession, saveSession, type SessionAccount } from '../graphql/session';
import { mayAccess } from './permissions';

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { token } = (await execute(LoginDocument, { username, password }, null)).login;
    const { me } = await execute(MeDocument, undefined, token);
    const rootBureau = me.bureau ?? (await execute(ProvinceBureausDocument, undefined, token)).bureaus.items[0] ?? null;
    saveSession({ token, account: me as SessionAccount, rootBureau: rootBureau ? { id: rootBureau.id, name: rootBureau.name } : null });
  },

  async logout() {
    if (readSession()) await execute(LogoutDocument).catch(() => undefined);
    clearSession();
  },

  async checkAuth() {
    if (!readSession()?.account) throw new Error('ra.auth.auth_check_error');
  },

  async checkError(error: unknown) {
    if ((error as HttpError | undefined)?.status === 401) {
      clearSession();
      throw error;
    }
  },

  async getIdentity() {
    const account = readSession()?.account;
    if (!account) throw new Error('not signed in');
    return { id: account.id, fullName: account.displayName || account.username };
  },

  async getPermissions() {
    const session = readSession();
    return { account: session?.account ?? null, rootBureau: session?.rootBureau ?? null, canWrite: canWrite(session?.account) };
  },

  async canAccess({ action, resource, record }) {
    return mayAccess(readSession()?.account ?? null, action, resource, record);
  },
};
