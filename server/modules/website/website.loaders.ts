import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import type { ReadPool } from '../../database/read-pool';
import { Website } from './website.entity';

export function createWebsiteLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    websiteById: recordById(Website),
    websitesByBureauId: byForeignKeyLoader(reads, Website, 'bureau_id', 'network, id'),
  };
}
