import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127094648_registry } from './Migration20261127094648_registry';
import { Migration20261127100256_staffing_counters } from './Migration20261127100256_staffing_counters';
import { Migration20261127101345_staffing_versions } from './Migration20261127101345_staffing_versions';
import { Migration20261127102427_registry_generation } from './Migration20261127102427_registry_generation';
import { Migration20261127103616_quota_alerts } from './Migration20261127103616_quota_alerts';
import { Migration20261127112239_access_and_audit } from './Migration20261127112239_access_and_audit';
import { Migration20261129110000_unit_category_staffing } from './Migration20261129110000_unit_category_staffing';
import { Migration20261129110500_alert_event_snapshots } from './Migration20261129110500_alert_event_snapshots';
import { Migration20261129140000_institutions } from './Migration20261129140000_institutions';
import { Migration20261129152239_staffing_use_approvals } from './Migration20261129152239_staffing_use_approvals';
import { Migration20261129155044_staff_exits } from './Migration20261129155044_staff_exits';
import { Migration20261129164739_staff_entries_and_transfers } from './Migration20261129164739_staff_entries_and_transfers';
import { Migration20261129165630_approval_alerts } from './Migration20261129165630_approval_alerts';
import { Migration20261129170514_staffing_use_applications } from './Migration20261129170514_staffing_use_applications';
import { Migration20261129193000_subtree_generations } from './Migration20261129193000_subtree_generations';
import { Migration20261129230000_principal_change_notices } from './Migration20261129230000_principal_change_notices';
import { Migration20261130013000_alert_lock_order } from './Migration20261130013000_alert_lock_order';
import { Migration20261130023155_annual_report } from './Migration20261130023155_annual_report';
import { Migration20261130035622_annual_return_events } from './Migration20261130035622_annual_return_events';
import { Migration20261129180938_staff_name_index } from './Migration20261129180938_staff_name_index';
import { Migration20261129111500_audit_client_request_id } from './Migration20261129111500_audit_client_request_id';

/** Every migration, oldest first. A new one from `npm run migration:create` is added here. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127094648_registry', class: Migration20261127094648_registry },
  { name: 'Migration20261127100256_staffing_counters', class: Migration20261127100256_staffing_counters },
  { name: 'Migration20261127101345_staffing_versions', class: Migration20261127101345_staffing_versions },
  { name: 'Migration20261127102427_registry_generation', class: Migration20261127102427_registry_generation },
  { name: 'Migration20261127103616_quota_alerts', class: Migration20261127103616_quota_alerts },
  { name: 'Migration20261127112239_access_and_audit', class: Migration20261127112239_access_and_audit },
  { name: 'Migration20261129110000_unit_category_staffing', class: Migration20261129110000_unit_category_staffing },
  { name: 'Migration20261129110500_alert_event_snapshots', class: Migration20261129110500_alert_event_snapshots },
  { name: 'Migration20261129111500_audit_client_request_id', class: Migration20261129111500_audit_client_request_id },
  { name: 'Migration20261129140000_institutions', class: Migration20261129140000_institutions },
  { name: 'Migration20261129152239_staffing_use_approvals', class: Migration20261129152239_staffing_use_approvals },
  { name: 'Migration20261129155044_staff_exits', class: Migration20261129155044_staff_exits },
  { name: 'Migration20261129164739_staff_entries_and_transfers', class: Migration20261129164739_staff_entries_and_transfers },
  { name: 'Migration20261129165630_approval_alerts', class: Migration20261129165630_approval_alerts },
  { name: 'Migration20261129170514_staffing_use_applications', class: Migration20261129170514_staffing_use_applications },
  { name: 'Migration20261129180938_staff_name_index', class: Migration20261129180938_staff_name_index },
  { name: 'Migration20261129193000_subtree_generations', class: Migration20261129193000_subtree_generations },
  { name: 'Migration20261129230000_principal_change_notices', class: Migration20261129230000_principal_change_notices },
  { name: 'Migration20261130013000_alert_lock_order', class: Migration20261130013000_alert_lock_order },
  { name: 'Migration20261130023155_annual_report', class: Migration20261130023155_annual_report },
  { name: 'Migration20261130035622_annual_return_events', class: Migration20261130035622_annual_return_events },
];
