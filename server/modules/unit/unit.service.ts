import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { refuseNulls, requireText } from '../../common/validation';
import { deleteById, inTransaction, updateVersioned } from '../../common/write';
import { badUserInput } from '../../errors';
import { loadBureauReference } from '../bureau/bureau-reference';
import { Quota } from '../quota/quota.entity';
import { Staff } from '../staff/staff.entity';
import { EGovUnit } from './unit.entity';
import type { CreateEGovUnitInput, UpdateEGovUnitInput } from './unit.inputs';

const entityName = 'e-government unit';

export async function createUnit(em: EntityManager, input: CreateEGovUnitInput): Promise<EGovUnit> {
  return inTransaction(em, entityName, async (transaction) => {
    const unit = transaction.create(EGovUnit, {
      bureau: await loadBureauReference(transaction, 'bureauId', input.bureauId),
      name: requireText('name', input.name, 100),
      rank: input.rank,
      establishedOn: input.establishedOn ?? null,
      duties: input.duties?.trim() ?? '',
    });
    await transaction.flush();
    return unit;
  });
}

export async function updateUnit(em: EntityManager, input: UpdateEGovUnitInput): Promise<EGovUnit> {
  refuseNulls(input, ['establishedOn']);
  return updateVersioned(em, EGovUnit, entityName, input, async (unit, transaction) => {
    if (input.bureauId !== undefined) unit.bureau = ref(await loadBureauReference(transaction, 'bureauId', input.bureauId));
    if (input.name !== undefined) unit.name = requireText('name', input.name, 100);
    if (input.rank !== undefined) unit.rank = input.rank;
    if (input.establishedOn !== undefined) unit.establishedOn = input.establishedOn;
    if (input.duties !== undefined) unit.duties = input.duties.trim();
  });
}

export async function deleteUnit(em: EntityManager, idText: string, version: number): Promise<string> {
  return deleteById(em, EGovUnit, entityName, idText, version, {
    async check(unit, transaction) {
      const staff = await transaction.count(Staff, { unit });
      if (staff > 0) throw badUserInput('id', 'UNIT_HAS_STAFF', { name: unit.name, count: staff });
      const quotas = await transaction.count(Quota, { unit });
      if (quotas > 0) throw badUserInput('id', 'UNIT_HAS_QUOTAS', { name: unit.name, count: quotas });
    },
  });
}
