import {
  CreateEGovUnitDocument,
  CreateQuotaDocument,
  DeleteQuotaDocument,
  QuotaDocument,
  QuotasDocument,
  UnitQuotaHistoryDocument,
  UpdateQuotaDocument,
  type CreateQuotaInput,
} from './generated/graphql';
import { onlyError, useTestServer } from './support/test-server';

const server = useTestServer();

let unitCounter = 0;
async function newUnit(): Promise<string> {
  const zunyi = await server.bureauByCode('520300');
  unitCounter += 1;
  return (await server.data(CreateEGovUnitDocument, { input: { bureauId: zunyi.id, name: `测试中心 ${unitCounter}`, rank: 'SECTION' } })).createEGovUnit.id;
}

function approval(institutionId: string, overrides: Partial<CreateQuotaInput> = {}): CreateQuotaInput {
  return {
    institutionId,
    category: 'PUBLIC_INSTITUTION',
    approvedHeadcount: 5,
    documentNumber: '遵编〔2013〕1号',
    effectiveOn: '2013-01-01',
    ...overrides,
  };
}

async function history(institutionId: string) {
  return (await server.data(UnitQuotaHistoryDocument, { id: institutionId })).egovUnit!;
}

describe('createQuota', () => {
  it('records an approval as the current quota', async () => {
    const institutionId = await newUnit();
    const quota = (await server.data(CreateQuotaDocument, { input: approval(institutionId) })).createQuota;
    expect(quota).toMatchObject({ institutionId, approvedHeadcount: 5, current: true, supersededOn: null, version: 1 });
  });

  it('supersedes the current quota of the same unit and category, keeping the history', async () => {
    const institutionId = await newUnit();
    const first = (await server.data(CreateQuotaDocument, { input: approval(institutionId) })).createQuota;
    const second = (await server.data(CreateQuotaDocument, {
      input: approval(institutionId, { approvedHeadcount: 8, documentNumber: '遵编〔2014〕7号', effectiveOn: '2014-03-01' }),
    })).createQuota;
    const { current, history: all } = await history(institutionId);
    expect(current.map((quota) => quota.id)).toEqual([second.id]);
    expect(all.map((quota) => quota.id)).toEqual([second.id, first.id]);
    expect(all[1]).toMatchObject({ current: false, supersededOn: '2014-03-01', approvedHeadcount: 5 });
    expect((await server.data(QuotaDocument, { id: second.id })).quota!.replaces?.id).toBe(first.id);
  });

  it('keeps categories apart: an administrative quota does not supersede a public-institution one', async () => {
    const institutionId = await newUnit();
    await server.data(CreateQuotaDocument, { input: approval(institutionId) });
    await server.data(CreateQuotaDocument, { input: approval(institutionId, { category: 'ADMINISTRATIVE', approvedHeadcount: 2 }) });
    expect((await history(institutionId)).current.map((quota) => quota.category).sort()).toEqual(['ADMINISTRATIVE', 'PUBLIC_INSTITUTION']);
  });

  it.each([
    ['a negative headcount', { approvedHeadcount: -1 }, 'approvedHeadcount'],
    ['an empty document number', { documentNumber: ' ' }, 'documentNumber'],
    ['an unknown unit', { institutionId: '987654' }, 'institutionId'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, overrides, field) => {
    const institutionId = await newUnit();
    const error = onlyError(await server.request(CreateQuotaDocument, { input: approval(institutionId, overrides) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await history(institutionId)).history).toEqual([]);
  });

  it('refuses an approval effective before the current one, leaving the current one in force', async () => {
    const institutionId = await newUnit();
    const first = (await server.data(CreateQuotaDocument, { input: approval(institutionId, { effectiveOn: '2013-06-01' }) })).createQuota;
    const error = onlyError(await server.request(CreateQuotaDocument, { input: approval(institutionId, { effectiveOn: '2013-01-01' }) }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'effectiveOn' });
    const { current, history: all } = await history(institutionId);
    expect(current).toEqual([expect.objectContaining({ id: first.id, current: true, version: 1 })]);
    expect(all).toHaveLength(1);
  });

  it('serializes concurrent approvals: exactly one quota is current afterwards and none is lost silently', async () => {
    const institutionId = await newUnit();
    await server.data(CreateQuotaDocument, { input: approval(institutionId) });
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        server.request(CreateQuotaDocument, { input: approval(institutionId, { approvedHeadcount: 10 + index, effectiveOn: '2015-01-01' }) }),
      ),
    );
    const succeeded = responses.filter((response) => !response.errors).length;
    const conflicts = responses.filter((response) => response.errors?.[0].extensions?.code === 'CONFLICT').length;
    expect(succeeded + conflicts).toBe(8);
    const { current, history: all } = await history(institutionId);
    expect(current).toHaveLength(1);
    expect(all).toHaveLength(1 + succeeded);
  });
});

describe('updateQuota', () => {
  it('corrects a quota record and raises its version', async () => {
    const institutionId = await newUnit();
    const quota = (await server.data(CreateQuotaDocument, { input: approval(institutionId) })).createQuota;
    const corrected = (await server.data(UpdateQuotaDocument, { input: { id: quota.id, version: quota.version, approvedHeadcount: 6, documentNumber: '遵编〔2013〕2号' } })).updateQuota;
    expect(corrected).toMatchObject({ approvedHeadcount: 6, documentNumber: '遵编〔2013〕2号', version: 2 });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const institutionId = await newUnit();
    const quota = (await server.data(CreateQuotaDocument, { input: approval(institutionId) })).createQuota;
    await server.data(UpdateQuotaDocument, { input: { id: quota.id, version: quota.version, approvedHeadcount: 7 } });
    const error = onlyError(await server.request(UpdateQuotaDocument, { input: { id: quota.id, version: quota.version, approvedHeadcount: 9 } }));
    expect(error.extensions?.code).toBe('CONFLICT');
    expect((await server.data(QuotaDocument, { id: quota.id })).quota!.approvedHeadcount).toBe(7);
  });
});

describe('deleteQuota', () => {
  it('deleting the current quota makes the one it superseded current again', async () => {
    const institutionId = await newUnit();
    const first = (await server.data(CreateQuotaDocument, { input: approval(institutionId) })).createQuota;
    const second = (await server.data(CreateQuotaDocument, { input: approval(institutionId, { effectiveOn: '2014-01-01' }) })).createQuota;
    expect((await server.data(DeleteQuotaDocument, { id: second.id, version: second.version })).deleteQuota).toBe(second.id);
    const { current, history: all } = await history(institutionId);
    expect(current).toEqual([expect.objectContaining({ id: first.id, current: true, supersededOn: null })]);
    expect(all).toHaveLength(1);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const institutionId = await newUnit();
    const quota = (await server.data(CreateQuotaDocument, { input: approval(institutionId) })).createQuota;
    await server.data(UpdateQuotaDocument, { input: { id: quota.id, version: quota.version, approvedHeadcount: 4 } });
    expect(onlyError(await server.request(DeleteQuotaDocument, { id: quota.id, version: quota.version })).extensions?.code).toBe('CONFLICT');
    expect((await server.data(QuotaDocument, { id: quota.id })).quota).not.toBeNull();
  });
});

describe('quotas', () => {
  it('lists current quotas under a prefecture with totals that match the seed', async () => {
    const zunyi = await server.bureauByCode('520300');
    const page = await server.data(QuotasDocument, { filter: { underBureauId: zunyi.id, current: true, category: 'PUBLIC_INSTITUTION' }, limit: 1000 });
    expect(page.quotas.totalCount).toBe(page.quotas.items.length);
    expect(page.quotas.items.every((quota) => quota.current && quota.category === 'PUBLIC_INSTITUTION')).toBe(true);
    expect(page.quotas.totalCount).toBeGreaterThanOrEqual(15);
  });
});
