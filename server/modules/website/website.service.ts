import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { parseId, requireNotBefore, requireNotInFuture, requireText, refuseNulls } from '../../common/validation';
import { deleteVersioned, inTransaction, loadForChange } from '../../common/write';
import { badUserInput, unknownReference } from '../../errors';
import { Bureau } from '../bureau/bureau.entity';
import { websiteAddressProblem } from './website-address';
import { Website } from './website.entity';
import type { CreateWebsiteInput, UpdateWebsiteInput } from './website.inputs';

const entityName = 'website';

async function loadBureau(em: EntityManager, bureauId: string): Promise<Bureau> {
  const bureau = await em.findOne(Bureau, { id: parseId('bureauId', bureauId) });
  if (!bureau) throw unknownReference('bureauId', 'bureau', bureauId);
  return bureau;
}

function checkAddress(address: string): string {
  const trimmed = requireText('address', address, 255);
  const problem = websiteAddressProblem(trimmed);
  if (problem) throw badUserInput('address', problem);
  return trimmed;
}

export async function createWebsite(em: EntityManager, input: CreateWebsiteInput): Promise<Website> {
  return inTransaction(em, entityName, async (transaction) => {
    const lastUpdatedOn = input.lastUpdatedOn ?? input.launchedOn;
    requireNotBefore('lastUpdatedOn', lastUpdatedOn, 'launchedOn', input.launchedOn);
    requireNotInFuture('lastUpdatedOn', lastUpdatedOn);
    const website = transaction.create(Website, {
      bureau: await loadBureau(transaction, input.bureauId),
      network: input.network,
      address: checkAddress(input.address),
      title: requireText('title', input.title, 100),
      launchedOn: input.launchedOn,
      lastUpdatedOn,
    });
    await transaction.flush();
    return website;
  });
}

export async function updateWebsite(em: EntityManager, input: UpdateWebsiteInput): Promise<Website> {
  refuseNulls(input);
  const id = parseId('id', input.id);
  return inTransaction(
    em,
    entityName,
    async (transaction) => {
      const website = await loadForChange(transaction, Website, entityName, id, input.version);
      const launchedOn = input.launchedOn ?? website.launchedOn;
      const lastUpdatedOn = input.lastUpdatedOn ?? website.lastUpdatedOn;
      requireNotBefore('lastUpdatedOn', lastUpdatedOn, 'launchedOn', launchedOn);
      requireNotInFuture('lastUpdatedOn', lastUpdatedOn);
      if (input.bureauId !== undefined) website.bureau = ref(await loadBureau(transaction, input.bureauId));
      if (input.network !== undefined) website.network = input.network;
      if (input.address !== undefined) website.address = checkAddress(input.address);
      if (input.title !== undefined) website.title = requireText('title', input.title, 100);
      Object.assign(website, { launchedOn, lastUpdatedOn });
      await transaction.flush();
      return website;
    },
    id,
  );
}

export async function deleteWebsite(em: EntityManager, idText: string, version: number): Promise<string> {
  const id = parseId('id', idText);
  return inTransaction(
    em,
    entityName,
    async (transaction) => {
      const website = await loadForChange(transaction, Website, entityName, id, version);
      await deleteVersioned(transaction, Website, entityName, website);
      return idText;
    },
    id,
  );
}
