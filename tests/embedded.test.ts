import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBianzhi } from '../server/app';
import { loadConfig } from '../server/config';
import { logInAsDemo } from './support/http-client';
import { GUIZHOU_2012 } from '../server/seed/guizhou-2012.data';
import { SEED_INSTITUTIONS, type SeedInstitution } from '../server/seed/institutions.data';

/** The people the seed data describes: the e-government units' and the institutions' (all active). */
const everyone = (institutions: SeedInstitution[]): number =>
  institutions.reduce((sum, institution) => sum + institution.staffing.reduce((count, staffing) => count + staffing.count, 0) + everyone(institution.supervised ?? []), 0);
const seededStaff =
  GUIZHOU_2012.reduce((sum, bureau) => sum + (bureau.unit?.staff ?? 0), 0) + SEED_INSTITUTIONS.reduce((sum, jurisdiction) => sum + everyone(jurisdiction.institutions), 0);

async function graphql(url: string, query: string) {
  const token = await logInAsDemo(url, 'province');
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data: Record<string, any>; errors?: unknown[] };
}

describe('the embedded engine (no DATABASE_URL)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bianzhi-embedded-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('migrates and seeds on first start, and keeps its data across a restart without seeding twice', async () => {
    const config = loadConfig({ databaseUrl: undefined, dataDir, port: 0, host: '127.0.0.1', seedOnStart: true });
    const first = await startBianzhi(config);
    try {
      expect(first.databaseDescription).toContain(dataDir);
      const seeded = await graphql(first.url, '{ bureaus(limit: 0) { totalCount } staff(limit: 0) { totalCount } }');
      expect(seeded.data).toEqual({ bureaus: { totalCount: GUIZHOU_2012.length }, staff: { totalCount: seededStaff } });
      const zunyi = await graphql(first.url, '{ bureauByCode(code: "520300") { id } }');
      const created = await graphql(
        first.url,
        `mutation { createBureau(input: { code: "520390", name: "重启测试县编办", divisionName: "重启测试县", level: COUNTY, parentId: "${zunyi.data.bureauByCode.id}" }) { id } }`,
      );
      expect(created.errors).toBeUndefined();
    } finally {
      await first.stop();
    }

    const second = await startBianzhi(config);
    try {
      const after = await graphql(second.url, '{ bureaus(limit: 0) { totalCount } bureauByCode(code: "520390") { name } }');
      expect(after.data).toEqual({ bureaus: { totalCount: 100 }, bureauByCode: { name: '重启测试县编办' } });
    } finally {
      await second.stop();
    }
    // Two starts of the engine on disk, the first migrating and seeding: on two shared cores under a full suite, near a minute.
  }, 180_000);
});
