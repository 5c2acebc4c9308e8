import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { refuseNulls, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import { loadBureauReference } from '../bureau/bureau-reference';
import { Quota } from '../quota/quota.entity';
import { Staff } from '../staff/staff.entity';
import { EGovUnit } from './unit.entity';
import type { CreateEGovUnitInput, UpdateEGovUnitInput } from './unit.inputs';

export async function createUnit(transaction: EntityManager, input: CreateEGovUnitInput): Promise<EGovUnit> {
  return transaction.create(EGovUnit, {
    bureau: await loadBureauReference(transaction, 'bureauId', input.bureauId),
    name: requireText('name', input.name, 100),
    rank: input.rank,
    establishedOn: input.establishedOn ?? null,
    duties: input.duties?.trim() ?? '',
  });
}

export async function updateUnit(transaction: EntityManager, unit: EGovUnit, input: UpdateEGovUnitInput): Promise<void> {
  refuseNulls(input, ['establishedOn']);
  if (input.bureauId !== undefined) unit.bureau = ref(await loadBureauReference(transaction, 'bureauId', input.bureauId));
  if (input.name !== undefined) unit.name = requireText('name', input.name, 100);
  if (input.rank !== undefined) unit.rank = input.rank;
  if (input.establishedOn !== undefined) unit.establishedOn = input.establishedOn;
  if (input.duties !== undefined) unit.duties = input.duties.trim();
}

/** A unit is deleted only once nothing depends on it. */
export async function checkUnitDeletable(unit: EGovUnit, transaction: EntityManager): Promise<void> {
  const staff = await transaction.count(Staff, { unit });
  if (staff > 0) throw badUserInput('id', 'UNIT_HAS_STAFF', { name: unit.name, count: staff });
  const quotas = await transaction.count(Quota, { unit });
  if (quotas > 0) throw badUserInput('id', 'UNIT_HAS_QUOTAS', { name: unit.name, count: quotas });
}
