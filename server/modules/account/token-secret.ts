import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits: far beyond guessing, so a fast hash is enough to keep the stored form useless to a thief. */
export function newTokenSecret(): string {
  return `bz_${randomBytes(32).toString('base64url')}`;
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
