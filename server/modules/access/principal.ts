import type { ReadPool } from '../../database/read-pool';
import { unauthenticated } from '../../errors';
import type { AccountRole } from '../account/account-role';
import { hashTokenSecret } from '../account/token-secret';
import { SubtreeGenerations, subtreeGenerationsColumn } from '../registry/subtree-generations';
import type { PrincipalCache } from './principal-cache';

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
  subtree_generations?: string;
  token_id: number;
  expires_at: string | null;
  account_id: number;
  username: string;
  role: AccountRole;
  bureau_id: number | null;
  jurisdiction_path: string;
}

const principalFrom = `
    from access_token token
    join account on account.id = token.account_id
    left join bureau on bureau.id = account.bureau_id
   where token.token_hash = $1 and token.revoked_at is null and not account.disabled
     and (token.expires_at is null or token.expires_at > now())`;

const principalColumns = `token.id as token_id, token.expires_at, account.id as account_id, account.username, account.role,
         account.bureau_id, coalesce(bureau.path, '') as jurisdiction_path`;

const principalSql = `select ${principalColumns} ${principalFrom}`;

const principalWithGenerationsSql = `select ${subtreeGenerationsColumn("coalesce(bureau.path, '')")} as subtree_generations, ${principalColumns} ${principalFrom}`;

export interface Authentication {
  principal: Principal | null;
  /**
   * The write counts of the jurisdiction's subtrees, read in the same statement
   * before the request runs, so that the response cache needs no statement of
   * its own; only when asked for.
   */
  subtreeGenerations?: SubtreeGenerations;
}

/**
 * Reads `Bearer <token>`; no header is no principal, a header that names no
 * valid token is refused outright. With `verified`, a token verified lately is
 * believed without a statement, unless the write counts are wanted (they ride
 * on the token's statement).
 */
export async function authenticate(
  reads: ReadPool,
  authorization: string | undefined | null,
  withGenerations = false,
  verified?: PrincipalCache,
): Promise<Authentication> {
  if (authorization == null || authorization === '') return { principal: null };
  const match = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('AUTHORIZATION_MALFORMED');
  const tokenHash = hashTokenSecret(match[1]);
  const believed = withGenerations ? undefined : verified;
  const recalled = believed?.recall(tokenHash);
  if (recalled) return { principal: recalled };
  const epoch = believed?.currentEpoch();
  const readAt = Date.now();
  const [row] = await reads.rows<PrincipalRow>(withGenerations ? principalWithGenerationsSql : principalSql, [tokenHash]);
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
  if (believed && epoch !== undefined) believed.remember(tokenHash, principal, epoch, readAt);
  return { principal, subtreeGenerations: row.subtree_generations === undefined ? undefined : new SubtreeGenerations(JSON.parse(row.subtree_generations) as Record<string, string>) };
}
