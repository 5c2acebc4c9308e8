import { Migration } from '@mikro-orm/migrations';

export class Migration20261127094648_registry extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bureau" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(6) not null, "name" varchar(100) not null, "division_name" varchar(60) not null, "level" text check ("level" in ('PROVINCE', 'PREFECTURE', 'COUNTY')) not null, "parent_id" int null, "path" text not null, "party_intranet_connected_on" date null, "local_area_network_built_on" date null, "paperless_office_built_on" date null, "document_exchange_built_on" date null);`);
    this.addSql(`alter table "bureau" add constraint "bureau_code_unique" unique ("code");`);
    this.addSql(`create index "bureau_parent_id_index" on "bureau" ("parent_id");`);
    this.addSql(`create index "bureau_path_prefix_index" on "bureau" ("path" text_pattern_ops);`);

    this.addSql(`create table "egov_unit" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "name" varchar(100) not null, "rank" text check ("rank" in ('DEPUTY_COUNTY', 'SECTION', 'DEPUTY_SECTION', 'SUB_SECTION', 'INTERNAL_DIVISION')) not null, "established_on" date null, "duties" text not null default '');`);
    this.addSql(`create index "egov_unit_bureau_id_index" on "egov_unit" ("bureau_id");`);

    this.addSql(`create table "quota" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" int not null, "category" text check ("category" in ('ADMINISTRATIVE', 'PUBLIC_INSTITUTION', 'LOGISTICS')) not null, "approved_headcount" int not null, "approved_leadership_positions" int not null, "document_number" varchar(100) not null, "effective_on" date not null, "superseded_on" date null, "replaces_id" int null, constraint quota_leadership_positions_not_negative check ("approved_leadership_positions" >= 0), constraint quota_headcount_not_negative check ("approved_headcount" >= 0));`);
    this.addSql(`create index "quota_unit_id_index" on "quota" ("unit_id");`);
    this.addSql(`create index "quota_replaces_id_index" on "quota" ("replaces_id");`);
    this.addSql(`create unique index "quota_current_unique" on "quota" ("unit_id", "category") where "superseded_on" is null;`);

    this.addSql(`create table "staff" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" int not null, "quota_category" text check ("quota_category" in ('ADMINISTRATIVE', 'PUBLIC_INSTITUTION', 'LOGISTICS')) not null, "name" varchar(50) not null, "gender" text check ("gender" in ('MALE', 'FEMALE')) not null, "national_id" varchar(18) not null, "birth_date" date not null, "education" text check ("education" in ('DOCTORATE', 'MASTER', 'BACHELOR', 'JUNIOR_COLLEGE', 'SECONDARY', 'OTHER')) not null, "position" varchar(50) not null, "is_leader" boolean not null default false, "hired_on" date not null, "status" text check ("status" in ('ACTIVE', 'TRANSFERRED_OUT', 'RETIRED', 'LEFT')) not null default 'ACTIVE', constraint staff_national_id_length check (length("national_id") = 18));`);
    this.addSql(`create index "staff_unit_id_index" on "staff" ("unit_id");`);
    this.addSql(`create index "staff_national_id_index" on "staff" ("national_id");`);
    this.addSql(`create index "staff_status_index" on "staff" ("status");`);
    this.addSql(`create unique index "staff_active_national_id_unique" on "staff" ("national_id") where "status" = 'ACTIVE';`);

    this.addSql(`create table "website" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "bureau_id" int not null, "network" text check ("network" in ('INTRANET', 'EXTRANET')) not null, "address" varchar(255) not null, "title" varchar(100) not null, "launched_on" date not null, "last_updated_on" date not null);`);
    this.addSql(`create index "website_bureau_id_index" on "website" ("bureau_id");`);

    this.addSql(`alter table "bureau" add constraint "bureau_parent_id_foreign" foreign key ("parent_id") references "bureau" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "egov_unit" add constraint "egov_unit_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "quota" add constraint "quota_unit_id_foreign" foreign key ("unit_id") references "egov_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quota" add constraint "quota_replaces_id_foreign" foreign key ("replaces_id") references "quota" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "staff" add constraint "staff_unit_id_foreign" foreign key ("unit_id") references "egov_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "website" add constraint "website_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bureau" drop constraint "bureau_parent_id_foreign";`);

    this.addSql(`alter table "egov_unit" drop constraint "egov_unit_bureau_id_foreign";`);

    this.addSql(`alter table "website" drop constraint "website_bureau_id_foreign";`);

    this.addSql(`alter table "quota" drop constraint "quota_unit_id_foreign";`);

    this.addSql(`alter table "staff" drop constraint "staff_unit_id_foreign";`);

    this.addSql(`alter table "quota" drop constraint "quota_replaces_id_foreign";`);

    this.addSql(`drop table if exists "bureau" cascade;`);

    this.addSql(`drop table if exists "egov_unit" cascade;`);

    this.addSql(`drop table if exists "quota" cascade;`);

    this.addSql(`drop table if exists "staff" cascade;`);

    this.addSql(`drop table if exists "website" cascade;`);
  }

}
