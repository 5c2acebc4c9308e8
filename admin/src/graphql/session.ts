/** The signed-in account, as `me` returned it at login. */
export interface SessionAccount {
  id: string;
  username: string;
  displayName: string;
  role: 'PROVINCE_ADMIN' | 'PREFECTURE_ADMIN' | 'COUNTY_ADMIN' | 'AUDITOR' | 'INTEGRATOR';
  bureauId: string | null;
  bureau: { id: string; name: string; level: string; code: string } | null;
  /** What the role allows, as the server states and enforces it (`Account.permissions`). */
  permissions: { mayWrite: boolean; readsAuditTrail: boolean; seesPersonalData: boolean; createsChildBureaus: boolean };
}

export interface Session {
  token: string;
  account: SessionAccount;
  /** The bureau whose subtree the account may see: its own, or the province for registry-wide accounts. */
  rootBureau: { id: string; name: string } | null;
}

// sessionStorage, not localStorage: a session token ends with the browser tab,
// which is what shared office computers need.
const storageKey = 'bianzhiSession';

export function readSession(): Session | null {
  const stored = sessionStorage.getItem(storageKey);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(storageKey, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(storageKey);
}

export function canWrite(account: SessionAccount | undefined | null): boolean {
  return !!account?.permissions.mayWrite;
}
