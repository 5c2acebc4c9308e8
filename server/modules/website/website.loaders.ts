import { byForeignKeyLoader, byIdLoader } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Website } from './website.entity';

export function createWebsiteLoaders(reads: ReadPool) {
  return {
    websiteById: byIdLoader(reads, Website),
    websitesByBureauId: byForeignKeyLoader(reads, Website, 'bureau_id', 'network, id'),
  };
}
