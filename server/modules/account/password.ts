import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(scrypt) as (password: string, salt: Buffer, length: number, options: { N: number; r: number; p: number; maxmem: number }) => Promise<Buffer>;

/** One of OWASP's equivalent scrypt minimums (N=2^15, r=8, p=3): 32 MiB a hash, so that concurrent logins cannot exhaust memory. */
const cost = { N: 2 ** 15, r: 8, p: 3 };
const keyLength = 32;

function maximumMemory(parameters: { N: number; r: number }): number {
  return 128 * parameters.N * parameters.r * 2;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password.normalize('NFKC'), salt, keyLength, { ...cost, maxmem: maximumMemory(cost) });
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !hash) return false;
  const parameters = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, {
    ...parameters,
    maxmem: maximumMemory(parameters),
  });
  return timingSafeEqual(actual, expected);
}


/** Verified against when the username is unknown, so that the answer's timing does not tell which usernames exist. */
export const unknownAccountHash = 'scrypt$32768$8$3$e6q9nUAWoX5R0cjqfVkQoA==$3ilklDo2KtCp4Q73SqzkAM0iG5tu8/EZ453sfxoXZ5k=';
