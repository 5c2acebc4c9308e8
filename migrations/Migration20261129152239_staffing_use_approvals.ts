import { Migration } from '@mikro-orm/migrations';

/**
 * Approvals to use posts (用编核准). Which approvals hold posts, and how many
 * posts are free, is stated once, in two views: `staffing_use_standing` (an
 * approval's status and the posts it holds today, in China's calendar) and
 * `staffing_vacancy` (per institution and quota category or leadership tier:
 * approved, active, held, free), beside the staffing rule's
 * `staffing_cell_status`.
 */
export class Migration20261129152239_staffing_use_approvals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "staffing_use_approval" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "institution_id" int not null, "category" text check ("category" in ('ADMINISTRATIVE', 'POLITICAL_LEGAL', 'PUBLIC_INSTITUTION', 'LOGISTICS')) not null, "tier" text check ("tier" in ('PRINCIPAL', 'DEPUTY', 'INTERNAL_BODY_HEAD')) null, "approved_count" int not null, "used_count" int not null default 0, "purpose" text check ("purpose" in ('OPEN_RECRUITMENT', 'CIVIL_SERVICE_EXAM', 'TRANSFER_IN', 'MILITARY_RESETTLEMENT', 'SELECTION', 'OTHER')) not null, "notice_number" varchar(100) not null, "issued_on" date not null, "valid_until" date not null, "withdrawn_on" date null, constraint staffing_use_approval_valid_after_issue check ("valid_until" >= "issued_on"), constraint staffing_use_approval_used_within_count check ("used_count" >= 0 and "used_count" <= "approved_count"), constraint staffing_use_approval_count_positive check ("approved_count" > 0));`);
    this.addSql(`create index "staffing_use_approval_institution_id_index" on "staffing_use_approval" ("institution_id");`);
    this.addSql(`alter table "staffing_use_approval" add constraint "staffing_use_approval_notice_number_unique" unique ("institution_id", "notice_number");`);

    this.addSql(`alter table "staffing_use_approval" add constraint "staffing_use_approval_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete restrict;`);

    this.addSql(`
      create view "staffing_use_standing" as
      select approval.*, standing.status,
             case when standing.status = 'OPEN' then approval.approved_count - approval.used_count else 0 end as posts_held
        from staffing_use_approval approval
        cross join lateral (
          select case when approval.withdrawn_on is not null then 'WITHDRAWN'
                      when approval.used_count >= approval.approved_count then 'USED_UP'
                      when approval.valid_until < (now() at time zone 'Asia/Shanghai')::date then 'EXPIRED'
                      else 'OPEN' end as status) standing;`);
    this.addSql(`comment on view "staffing_use_standing" is 'Where an approval to use posts stands today (China''s calendar): WITHDRAWN, USED_UP, EXPIRED (past its last day with posts unused) or OPEN; posts_held: its unused posts while OPEN, else none.';`);
    this.addSql(`
      create view "staffing_vacancy" as
      select cell.institution_id, cell.dimension, cell.key, cell.approved, cell.active,
             coalesce(held.posts, 0)::int as reserved,
             greatest(cell.approved - cell.active - coalesce(held.posts, 0), 0)::int as free
        from staffing_cell cell
        left join (
          select institution_id, 'CATEGORY' as dimension, category as key, sum(posts_held) as posts from staffing_use_standing where posts_held > 0 group by 1, 3
          union all
          select institution_id, 'TIER', tier, sum(posts_held) from staffing_use_standing where posts_held > 0 and tier is not null group by 1, 3
        ) held on held.institution_id = cell.institution_id and held.dimension = cell.dimension and held.key = cell.key;`);
    this.addSql(`comment on view "staffing_vacancy" is 'Vacancies (空编) per institution and quota category or leadership tier: the approved count, the active staff or holders, the posts held by open approvals to use posts (reserved), and what is free for a new approval (free = approved - active - reserved, never below zero).';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop view if exists "staffing_vacancy";`);
    this.addSql(`drop view if exists "staffing_use_standing";`);
    this.addSql(`drop table if exists "staffing_use_approval" cascade;`);
  }

}
