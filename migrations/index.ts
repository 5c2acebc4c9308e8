import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127094648_registry } from './Migration20261127094648_registry';

/** Every migration, oldest first. A new one from `npm run migration:create` is added here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127094648_registry', class: Migration20261127094648_registry },
];
