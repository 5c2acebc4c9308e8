/**
 * With TEST_DATABASE_URL, each run gets fresh databases of its own on that
 * server, named after this run; without it, every test file starts its own
 * embedded engine. The ORM is kept out of this file: jest runs it outside the
 * test files' module realm, and MikroORM's global metadata must not leak across.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_DATABASE_URL) return;
  process.env.BIANZHI_TEST_RUN_PREFIX = `bianzhi_test_${Date.now().toString(36)}`;
}
