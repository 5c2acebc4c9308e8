import { Migration } from '@mikro-orm/migrations';

/**
 * How each post was entered (against an approval, by transfer, or recorded as
 * history of the existing register), which approval it used and which record a
 * transfer left; and approvals naming the one person a transfer in is for.
 * Records already here are recorded history: no approval stood behind them.
 */
export class Migration20261129164739_staff_entries_and_transfers extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "staffing_use_approval" add column "transferee_national_id" varchar(18) null;`);
    this.addSql(`alter table "staffing_use_approval" add constraint staffing_use_approval_named_for_one check("transferee_national_id" is null or "approved_count" = 1);`);

    this.addSql(`alter table "staff" add column "entry_kind" text check ("entry_kind" in ('APPROVAL', 'TRANSFER', 'RECORDED')) not null default 'RECORDED', add column "entry_approval_id" int null, add column "transferred_from_id" int null;`);
    this.addSql(`alter table "staff" add constraint "staff_entry_approval_id_foreign" foreign key ("entry_approval_id") references "staffing_use_approval" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "staff" add constraint "staff_transferred_from_id_foreign" foreign key ("transferred_from_id") references "staff" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "staff_entry_approval_id_index" on "staff" ("entry_approval_id");`);
    this.addSql(`create index "staff_transferred_from_id_index" on "staff" ("transferred_from_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "staff" drop constraint "staff_entry_approval_id_foreign";`);
    this.addSql(`alter table "staff" drop constraint "staff_transferred_from_id_foreign";`);

    this.addSql(`drop index "staff_entry_approval_id_index";`);
    this.addSql(`drop index "staff_transferred_from_id_index";`);
    this.addSql(`alter table "staff" drop column "entry_kind", drop column "entry_approval_id", drop column "transferred_from_id";`);

    this.addSql(`alter table "staffing_use_approval" drop constraint staffing_use_approval_named_for_one;`);
    this.addSql(`alter table "staffing_use_approval" drop column "transferee_national_id";`);
  }

}
