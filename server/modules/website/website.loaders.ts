import type { EntityManager } from '@mikro-orm/postgresql';
import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import { Website } from './website.entity';

export function createWebsiteLoaders(em: EntityManager) {
  return {
    websiteById: byIdLoader(em, Website),
    websitesByBureauId: byForeignKeyLoader(em, Website, 'bureau_id', 'network, id'),
  };
}
