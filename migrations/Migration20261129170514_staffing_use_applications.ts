import { Migration } from '@mikro-orm/migrations';

/** Applications to use posts (用编申请): recorded, then approved by a notice (linking the approval), rejected or withdrawn; they hold no post. */
export class Migration20261129170514_staffing_use_applications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "staffing_use_application" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "institution_id" int not null, "category" text check ("category" in ('ADMINISTRATIVE', 'POLITICAL_LEGAL', 'PUBLIC_INSTITUTION', 'LOGISTICS')) not null, "tier" text check ("tier" in ('PRINCIPAL', 'DEPUTY', 'INTERNAL_BODY_HEAD')) null, "requested_count" int not null, "purpose" text check ("purpose" in ('OPEN_RECRUITMENT', 'CIVIL_SERVICE_EXAM', 'TRANSFER_IN', 'MILITARY_RESETTLEMENT', 'SELECTION', 'OTHER')) not null, "applied_on" date not null, "justification" text not null, "status" text check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')) not null default 'PENDING', "decided_on" date null, "rejection_reason" text null, "approval_id" int null, constraint staffing_use_application_count_positive check ("requested_count" > 0));`);
    this.addSql(`create index "staffing_use_application_institution_id_index" on "staffing_use_application" ("institution_id");`);
    this.addSql(`alter table "staffing_use_application" add constraint "staffing_use_application_approval_id_unique" unique ("approval_id");`);

    this.addSql(`alter table "staffing_use_application" add constraint "staffing_use_application_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "staffing_use_application" add constraint "staffing_use_application_approval_id_foreign" foreign key ("approval_id") references "staffing_use_approval" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staffing_use_application" cascade;`);
  }

}
