import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export function databaseUrlWithName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrlWithName(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string, prefix: string, template?: string): Promise<string> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await adminQuery(serverUrl, `create database "${name}"${template ? ` template "${template}"` : ''}`);
  return name;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
}

/** Runs `work` on a database made for it alone, dropped afterwards. */
export async function withScratchDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = await createDatabase(serverUrl, 'bianzhi_scratch');
  try {
    return await work(databaseUrlWithName(serverUrl, name));
  } finally {
    await dropDatabase(serverUrl, name);
  }
}
