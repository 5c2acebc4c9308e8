import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { parseId, requireText, refuseNulls } from '../../common/validation';
import { deleteVersioned, inTransaction, loadForChange } from '../../common/write';
import { badUserInput, unknownReference } from '../../errors';
import { Bureau } from '../bureau/bureau.entity';
import { Quota } from '../quota/quota.entity';
import { Staff } from '../staff/staff.entity';
import { EGovUnit } from './unit.entity';
import type { CreateEGovUnitInput, UpdateEGovUnitInput } from './unit.inputs';

const entityName = 'e-government unit';

async function loadBureau(em: EntityManager, bureauId: string): Promise<Bureau> {
  const bureau = await em.findOne(Bureau, { id: parseId('bureauId', bureauId) });
  if (!bureau) throw unknownReference('bureauId', 'bureau', bureauId);
  return bureau;
}

export async function createUnit(em: EntityManager, input: CreateEGovUnitInput): Promise<EGovUnit> {
  return inTransaction(em, entityName, async (transaction) => {
    const unit = transaction.create(EGovUnit, {
      bureau: await loadBureau(transaction, input.bureauId),
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
  const id = parseId('id', input.id);
  return inTransaction(
    em,
    entityName,
    async (transaction) => {
      const unit = await loadForChange(transaction, EGovUnit, entityName, id, input.version);
      if (input.bureauId !== undefined) unit.bureau = ref(await loadBureau(transaction, input.bureauId));
      if (input.name !== undefined) unit.name = requireText('name', input.name, 100);
      if (input.rank !== undefined) unit.rank = input.rank;
      if (input.establishedOn !== undefined) unit.establishedOn = input.establishedOn;
      if (input.duties !== undefined) unit.duties = input.duties.trim();
      await transaction.flush();
      return unit;
    },
    id,
  );
}

export async function deleteUnit(em: EntityManager, idText: string, version: number): Promise<string> {
  const id = parseId('id', idText);
  return inTransaction(
    em,
    entityName,
    async (transaction) => {
      const unit = await loadForChange(transaction, EGovUnit, entityName, id, version);
      const staff = await transaction.count(Staff, { unit });
      if (staff > 0) throw badUserInput('id', `${unit.name} still has ${staff} staff record(s); move or delete them first`);
      const quotas = await transaction.count(Quota, { unit });
      if (quotas > 0) throw badUserInput('id', `${unit.name} still has ${quotas} quota record(s); delete them first`);
      await deleteVersioned(transaction, EGovUnit, entityName, unit);
      return idText;
    },
    id,
  );
}
