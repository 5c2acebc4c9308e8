import type { EntityManager } from '@mikro-orm/postgresql';
import { byForeignKeyLoader } from '../../common/loader-factories';
import { Website } from './website.entity';

export function createWebsiteLoaders(em: EntityManager) {
  return {
    websitesByBureauId: byForeignKeyLoader(em, Website, 'bureau', { network: 'asc', id: 'asc' }),
  };
}
