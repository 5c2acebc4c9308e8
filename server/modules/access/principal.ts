import type { ReadPool } from '../../database/read-pool';
import { unauthenticated } from '../../errors';
import type { AccountRole } from '../account/account-role';
import { hashTokenSecret } from '../account/token-secret';

/** Who is calling, as established from a bearer token for one request or one WebSocket connection. */
export interface Principal {
  accountId: number;
  username: string;
  role: AccountRole;
  /** The account's bureau; null for registry-wide accounts. */
  bureauId: number | null;
  /** Tree path of the account's bureau: every record whose bureau path starts with it is in the jurisdiction; '' is the whole registry. */
  jurisdictionPath: string;
  tokenId: number;
  expiresAt: Date | null;
}

interface PrincipalRow {
  registry_generation: string;
  token_id: number;
  expires_at: string | null;
  account_id: number;
  username: string;
  role: AccountRole;
  bureau_id: number | null;
  jurisdiction_path: string;
}

const principalSql = `
  select (select coalesce(sum(generation), 0)::text from registry_generation) as registry_generation,
         token.id as token_id, token.expires_at, account.id as account_id, account.username, account.role,
         account.bureau_id, coalesce(bureau.path, '') as jurisdiction_path
    from access_token token
    join account on account.id = token.account_id
    left join bureau on bureau.id = account.bureau_id
   where token.token_hash = $1 and token.revoked_at is null and not account.disabled
     and (token.expires_at is null or token.expires_at > now())`;

export interface Authentication {
  principal: Principal | null;
  /**
   * The registry's write count, read in the same statement before the request
   * runs, so that the response cache needs no statement of its own.
   */
  registryGeneration?: string;
}

/** Reads `Bearer <token>`; no header is no principal, a header that names no valid token is refused outright. */
export async function authenticate(reads: ReadPool, authorization: string | undefined | null): Promise<Authentication> {
  if (authorization == null || authorization === '') return { principal: null };
  const match = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('AUTHORIZATION_MALFORMED');
  const [row] = await reads.rows<PrincipalRow>(principalSql, [hashTokenSecret(match[1])]);
  if (!row) throw unauthenticated('TOKEN_INVALID');
  const principal: Principal = {
    accountId: row.account_id,
    username: row.username,
    role: row.role,
    bureauId: row.bureau_id,
    jurisdictionPath: row.jurisdiction_path,
    tokenId: row.token_id,
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at),
  };
  return { principal, registryGeneration: row.registry_generation };
}
