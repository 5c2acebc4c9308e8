import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { refuseNulls, requireNotBefore, requireNotInFuture, requireText } from '../../common/validation';
import { badUserInput } from '../../errors';
import { loadBureauReference } from '../bureau/bureau-reference';
import { websiteAddressProblem } from './website-address';
import { Website } from './website.entity';
import type { CreateWebsiteInput, UpdateWebsiteInput } from './website.inputs';

function checkAddress(address: string): string {
  const trimmed = requireText('address', address, 255);
  const problem = websiteAddressProblem(trimmed);
  if (problem) throw badUserInput('address', problem);
  return trimmed;
}

function checkDates(launchedOn: string, lastUpdatedOn: string): void {
  requireNotBefore('lastUpdatedOn', lastUpdatedOn, 'launchedOn', launchedOn);
  requireNotInFuture('lastUpdatedOn', lastUpdatedOn);
}

export async function createWebsite(transaction: EntityManager, input: CreateWebsiteInput): Promise<Website> {
  const lastUpdatedOn = input.lastUpdatedOn ?? input.launchedOn;
  checkDates(input.launchedOn, lastUpdatedOn);
  return transaction.create(Website, {
    bureau: await loadBureauReference(transaction, 'bureauId', input.bureauId),
    network: input.network,
    address: checkAddress(input.address),
    title: requireText('title', input.title, 100),
    launchedOn: input.launchedOn,
    lastUpdatedOn,
  });
}

export async function updateWebsite(transaction: EntityManager, website: Website, input: UpdateWebsiteInput): Promise<void> {
  refuseNulls(input);
  const launchedOn = input.launchedOn ?? website.launchedOn;
  const lastUpdatedOn = input.lastUpdatedOn ?? website.lastUpdatedOn;
  checkDates(launchedOn, lastUpdatedOn);
  if (input.bureauId !== undefined) website.bureau = ref(await loadBureauReference(transaction, 'bureauId', input.bureauId));
  if (input.network !== undefined) website.network = input.network;
  if (input.address !== undefined) website.address = checkAddress(input.address);
  if (input.title !== undefined) website.title = requireText('title', input.title, 100);
  Object.assign(website, { launchedOn, lastUpdatedOn });
}
