import {
  CreateQuotaDocument,
  CreateStaffDocument,
  DeleteQuotaDocument,
  EGovUnitsDocument,
  QuotasDocument,
  StaffListDocument,
  UpdateEGovUnitDocument,
  UpdateStaffDocument,
} from '../generated/graphql';
import { seededRandom } from '../../server/seed/synthetic-people';
import type { TestServer } from './test-server';

/** Random edits through the API, so that the staffing counters are moved by real writes too. */
export async function editStaffAtRandom(server: TestServer, provinceId: string, seed: number, edits: number): Promise<void> {
  const random = seededRandom(seed);
  const people = (await server.data(StaffListDocument, { filter: { underBureauId: provinceId }, limit: 1000 })).staff.items;
  if (people.length === 0) return;
  const unitIds = [...new Set(people.map((person) => person.institutionId))];
  for (let edit = 0; edit < edits; edit += 1) {
    const target = people[Math.floor(random() * people.length)];
    // The person's record in post if any, else their latest: a move or a return records them anew.
    const records = (await server.data(StaffListDocument, { filter: { nationalId: target.nationalId }, sort: { field: 'UPDATED_AT', direction: 'DESC' }, limit: 100 })).staff.items;
    const current = records.find((record) => record.status === 'ACTIVE') ?? records[0];
    const elsewhere = unitIds[Math.floor(random() * unitIds.length)];
    const recordAgain = (institutionId: string) =>
      server.data(CreateStaffDocument, {
        input: { institutionId, quotaCategory: current.quotaCategory, leadershipTier: current.leadershipTier, name: current.name, nationalId: current.nationalId, education: current.education, position: current.position, hiredOn: current.hiredOn },
      });
    const action = Math.floor(random() * 4);
    if (action === 0 && current.status === 'ACTIVE') {
      await server.data(UpdateStaffDocument, { input: { id: current.id, version: current.version, status: 'RETIRED' } });
    } else if (action === 0) {
      // Back in post: a new record, as the register records it (updateStaff may not set a person who left back to ACTIVE).
      await recordAgain(current.institutionId);
    } else if (action === 1 && current.status === 'ACTIVE') {
      // A person in post moves by leaving one place and being recorded in another (updateStaff may not move them).
      await server.data(UpdateStaffDocument, { input: { id: current.id, version: current.version, status: 'TRANSFERRED_OUT' } });
      await recordAgain(elsewhere);
    } else if (action === 1) {
      await server.data(UpdateStaffDocument, { input: { id: current.id, version: current.version, institutionId: elsewhere } });
    } else {
      const change =
        action === 2
          ? { quotaCategory: (['ADMINISTRATIVE', 'POLITICAL_LEGAL', 'PUBLIC_INSTITUTION', 'LOGISTICS'] as const)[Math.floor(random() * 4)] }
          : { leadershipTier: current.leadershipTier ? null : (['PRINCIPAL', 'DEPUTY', 'INTERNAL_BODY_HEAD'] as const)[Math.floor(random() * 3)] };
      const answer = await server.request(UpdateStaffDocument, { input: { id: current.id, version: current.version, ...change } });
      // A person in post takes another category or a tier only where one is free: the refusal is the rule, not a failure.
      const refusal = answer.errors?.[0]?.extensions?.reason;
      if (answer.errors?.length && refusal !== 'NO_VACANCY' && refusal !== 'NO_VACANT_POSITION') throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
    }
  }
}

/** Random quota approvals and withdrawals, and units moved or re-ranked, through the API. */
export async function editUnitsAndQuotasAtRandom(server: TestServer, provinceId: string, seed: number, edits: number): Promise<void> {
  const random = seededRandom(seed * 7919);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const bureauIds = [...new Set((await server.data(EGovUnitsDocument, { filter: { underBureauId: provinceId }, limit: 1000 })).egovUnits.items.map((unit) => unit.bureauId))];
  for (let edit = 0; edit < edits; edit += 1) {
    const units = (await server.data(EGovUnitsDocument, { filter: { underBureauId: provinceId }, limit: 1000 })).egovUnits.items;
    const unit = pick(units);
    const action = Math.floor(random() * 4);
    if (action === 0) {
      const headcount = Math.floor(random() * 6);
      await server.data(CreateQuotaDocument, {
        input: { institutionId: unit.id, category: pick(['ADMINISTRATIVE', 'PUBLIC_INSTITUTION', 'LOGISTICS'] as const), approvedHeadcount: headcount, documentNumber: '随机批文', effectiveOn: '2019-01-01' },
      });
    } else if (action === 1) {
      const quotas = (await server.data(QuotasDocument, { filter: { institutionId: unit.id, current: true } })).quotas.items;
      if (quotas.length > 0) {
        const quota = pick(quotas);
        await server.data(DeleteQuotaDocument, { id: quota.id, version: quota.version });
      }
    } else if (action === 2) {
      await server.data(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, bureauId: pick(bureauIds) } });
    } else {
      await server.data(UpdateEGovUnitDocument, { input: { id: unit.id, version: unit.version, rank: pick(['SECTION', 'INTERNAL_DIVISION', 'SUB_SECTION'] as const) } });
    }
  }
}
