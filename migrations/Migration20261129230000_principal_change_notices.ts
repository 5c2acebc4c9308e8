import { Migration } from '@mikro-orm/migrations';

/** Kept equal to principalsChangedChannel in server/modules/access/principal-cache.ts (tests/verified-tokens.test.ts fails if they differ). */
const channel = 'bianzhi_principals_changed';

/**
 * What a verified token's principal is read from: the token (revoked, expired,
 * deleted), its account (disabled, role, bureau) and the path of the account's
 * bureau. A change to any of them announces itself at commit, to every server
 * process listening, whichever process or tool made it.
 */
const watched: [table: string, events: string][] = [
  ['access_token', 'update or delete'],
  ['account', 'update or delete'],
  ['bureau', 'update of path or delete'],
];

export class Migration20261129230000_principal_change_notices extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create function announce_principals_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('${channel}', '');
        return null;
      end $$;`);
    for (const [table, events] of watched) {
      this.addSql(`create trigger ${table}_announces_principal_changes after ${events} on "${table}" for each statement execute function announce_principals_changed();`);
      this.addSql(`create trigger ${table}_announces_principal_truncate after truncate on "${table}" for each statement execute function announce_principals_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const [table] of watched) {
      this.addSql(`drop trigger ${table}_announces_principal_changes on "${table}";`);
      this.addSql(`drop trigger ${table}_announces_principal_truncate on "${table}";`);
    }
    this.addSql('drop function announce_principals_changed();');
  }

}
