import { Migration } from '@mikro-orm/migrations';
import { subtreeNoteSql } from './subtree-notes';

/**
 * Where the new tables' rows sit in the bureau tree for the response cache
 * (see Migration20261129193000_subtree_generations): a return under its
 * bureau; a reporting period concerns every account, so a change to one is
 * noted everywhere.
 */
export const annualReportPlacedTables: Record<string, string> = {
  annual_return: 'select bureau.path from {rows} changed join bureau on bureau.id = changed.bureau_id',
  reporting_period: "select bureau.path from bureau where exists (select 1 from {rows} changed) union all select '' where exists (select 1 from {rows} changed)",
};

export class Migration20261130023155_annual_report extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "reporting_period" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "year" int not null, "cutoff_on" date not null, "due_on" date not null, constraint reporting_period_due_not_before_cutoff check ("due_on" >= "cutoff_on"));`);
    this.addSql(`create index "reporting_period_bureau_id_index" on "reporting_period" ("bureau_id");`);
    this.addSql(`alter table "reporting_period" add constraint "reporting_period_year_unique" unique ("year");`);

    this.addSql(`create table "annual_return" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "period_id" int not null, "bureau_id" int not null, "status" text check ("status" in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')) not null default 'DRAFT', "frozen_at" timestamptz not null, "responsible_person" varchar(50) null, "preparer" varchar(50) null, "submitted_at" timestamptz null, "late_reason" text null, "returned_at" timestamptz null, "return_reason" text null, "accepted_at" timestamptz null, "figures" jsonb not null);`);
    this.addSql(`create index "annual_return_period_id_index" on "annual_return" ("period_id");`);
    this.addSql(`create index "annual_return_bureau_id_index" on "annual_return" ("bureau_id");`);
    this.addSql(`alter table "annual_return" add constraint "annual_return_period_bureau_unique" unique ("period_id", "bureau_id");`);

    this.addSql(`alter table "reporting_period" add constraint "reporting_period_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "annual_return" add constraint "annual_return_period_id_foreign" foreign key ("period_id") references "reporting_period" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "annual_return" add constraint "annual_return_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete restrict;`);

    for (const [table, places] of Object.entries(annualReportPlacedTables)) for (const sql of subtreeNoteSql(table, places)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(annualReportPlacedTables)) this.addSql(`drop function if exists "note_${table}_subtree_writes"() cascade;`);
    this.addSql(`alter table "annual_return" drop constraint "annual_return_period_id_foreign";`);

    this.addSql(`drop table if exists "reporting_period" cascade;`);

    this.addSql(`drop table if exists "annual_return" cascade;`);
  }

}
