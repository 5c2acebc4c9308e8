import { Migration } from '@mikro-orm/migrations';

const categories = `'ADMINISTRATIVE', 'POLITICAL_LEGAL', 'PUBLIC_INSTITUTION', 'LOGISTICS'`;
const tiers = `'PRINCIPAL', 'DEPUTY', 'INTERNAL_BODY_HEAD'`;

/**
 * Every institution of a jurisdiction (机构): the e-government units become
 * institutions (`is_egov_body`), quotas and staff hang on institutions, 三定
 * approvals carry leadership positions per tier, and the staffing rule is
 * restated over cells of two dimensions: a quota category (超编) and a
 * leadership tier (超职数).
 */
export class Migration20261129140000_institutions extends Migration {

  override async up(): Promise<void> {
    this.dropUnitStaffing();
    this.unitsBecomeInstitutions();
    this.createEstablishmentTables();
    this.quotasAndStaffOnInstitutions();
    this.alertsPerCategoryOrTier();
    this.createStaffingCells();
    this.addSql(`select recompute_staffing_cells();`);
    this.addSql(`update "audit_entry" set "record_type" = 'Institution' where "record_type" = 'EGovUnit';`);
  }

  private dropUnitStaffing(): void {
    this.addSql(`drop trigger "staffing_cell_alerts" on "unit_staffing";`);
    this.addSql(`drop trigger "unit_staffing_changed" on "unit_staffing";`);
    this.addSql(`drop trigger "staff_staffing_counters" on "staff";`);
    this.addSql(`drop trigger "quota_staffing_cell" on "quota";`);
    this.addSql(`drop trigger "open_alerts_follow_unit" on "egov_unit";`);
    this.addSql(`drop trigger "egov_unit_placement_changed" on "egov_unit";`);
    this.addSql(`drop view "unit_category_staffing";`);
    this.addSql(`drop function staff_staffing_counters();`);
    this.addSql(`drop function quota_staffing_cell();`);
    this.addSql(`drop function recompute_unit_staffing();`);
    this.addSql(`drop function staffing_cell_alerts();`);
    this.addSql(`drop function evaluate_quota_alert(integer, text, text, boolean, integer, integer);`);
    this.addSql(`drop function unit_staffing_changed();`);
    this.addSql(`drop function open_alerts_follow_unit();`);
    this.addSql(`drop function egov_unit_placement_changed();`);
    this.addSql(`drop table "unit_staffing";`);
  }

  private unitsBecomeInstitutions(): void {
    this.addSql(`alter table "egov_unit" rename to "institution";`);
    this.addSql(`alter sequence "egov_unit_id_seq" rename to "institution_id_seq";`);
    this.addSql(`alter table "institution" rename constraint "egov_unit_pkey" to "institution_pkey";`);
    this.addSql(`alter table "institution" rename constraint "egov_unit_bureau_id_foreign" to "institution_bureau_id_foreign";`);
    this.addSql(`alter index "egov_unit_bureau_id_index" rename to "institution_bureau_id_index";`);
    this.addSql(`alter table "institution" drop constraint "egov_unit_rank_check";`);
    this.addSql(`alter table "institution" add constraint "institution_rank_check" check ("rank" in ('DEPARTMENT', 'DEPUTY_DEPARTMENT', 'COUNTY', 'DEPUTY_COUNTY', 'SECTION', 'DEPUTY_SECTION', 'SUB_SECTION', 'INTERNAL_DIVISION'));`);
    this.addSql(`alter table "institution" alter column "name" type varchar(200);`);
    // Every row so far is an e-government unit: a public institution, fully funded.
    this.addSql(`
      alter table "institution"
        add column "short_name" varchar(100) null,
        add column "credit_code" varchar(18) null,
        add column "kind" text check ("kind" in ('PARTY_ORGAN', 'PEOPLES_CONGRESS', 'GOVERNMENT_DEPARTMENT', 'DIRECTLY_AFFILIATED', 'CPPCC', 'DISCIPLINE_COMMISSION', 'COURT', 'PROCURATORATE', 'MASS_ORGANISATION', 'PUBLIC_INSTITUTION', 'TOWNSHIP')) not null default 'PUBLIC_INSTITUTION',
        add column "nature" text check ("nature" in ('ADMINISTRATIVE_ORGAN', 'CIVIL_SERVICE_MANAGED', 'PUBLIC_WELFARE_ONE', 'PUBLIC_WELFARE_TWO', 'COMMERCIAL')) not null default 'PUBLIC_WELFARE_ONE',
        add column "funding" text check ("funding" in ('FULL', 'PARTIAL', 'SELF_FUNDED')) null default 'FULL',
        add column "supervising_institution_id" int null,
        add column "is_egov_body" boolean not null default true,
        add column "status" text check ("status" in ('ACTIVE', 'MERGED', 'ABOLISHED')) not null default 'ACTIVE',
        add column "ended_on" date null,
        add column "merged_into_id" int null;`);
    this.addSql(`alter table "institution" alter column "kind" drop default, alter column "nature" drop default, alter column "funding" drop default, alter column "is_egov_body" set default false;`);
    this.addSql(`alter table "institution" add constraint "institution_supervising_institution_id_foreign" foreign key ("supervising_institution_id") references "institution" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "institution" add constraint "institution_merged_into_id_foreign" foreign key ("merged_into_id") references "institution" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "institution_kind_index" on "institution" ("kind");`);
    this.addSql(`create index "institution_supervising_institution_id_index" on "institution" ("supervising_institution_id");`);
    this.addSql(`create index "institution_merged_into_id_index" on "institution" ("merged_into_id");`);
    this.addSql(`create index "institution_egov_body_index" on "institution" ("bureau_id") where "is_egov_body";`);
    this.addSql(`create unique index "institution_credit_code_unique" on "institution" ("credit_code") where "credit_code" is not null;`);
  }

  private createEstablishmentTables(): void {
    this.addSql(`create table "establishment_approval" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "institution_id" int not null, "document_number" varchar(100) not null, "approved_on" date not null, "main_functions" text not null default '', "internal_body_names" jsonb not null, "principal_positions" int not null, "deputy_positions" int not null, "internal_head_positions" int not null, "superseded_on" date null, "replaces_id" int null, constraint establishment_approval_positions_not_negative check ("principal_positions" >= 0 and "deputy_positions" >= 0 and "internal_head_positions" >= 0));`);
    this.addSql(`create index "establishment_approval_institution_id_index" on "establishment_approval" ("institution_id");`);
    this.addSql(`create index "establishment_approval_replaces_id_index" on "establishment_approval" ("replaces_id");`);
    this.addSql(`create unique index "establishment_approval_current_unique" on "establishment_approval" ("institution_id") where "superseded_on" is null;`);
    this.addSql(`alter table "establishment_approval" add constraint "establishment_approval_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "establishment_approval" add constraint "establishment_approval_replaces_id_foreign" foreign key ("replaces_id") references "establishment_approval" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "institution_change" ("id" serial primary key, "institution_id" int not null, "kind" text check ("kind" in ('ESTABLISHED', 'RENAMED', 'RANK_CHANGED', 'NATURE_CHANGED', 'MOVED', 'MERGED_INTO', 'ABSORBED', 'ABOLISHED', 'ESTABLISHMENT_APPROVED')) not null, "document_number" varchar(100) not null, "decided_on" date not null, "before" text null, "after" text null, "other_institution_id" int null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "institution_change_institution_id_index" on "institution_change" ("institution_id");`);
    this.addSql(`create index "institution_change_other_institution_id_index" on "institution_change" ("other_institution_id");`);
    this.addSql(`alter table "institution_change" add constraint "institution_change_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "institution_change" add constraint "institution_change_other_institution_id_foreign" foreign key ("other_institution_id") references "institution" ("id") on update cascade on delete set null;`);

    this.addSql(`create table "internal_body" ("id" serial primary key, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, "institution_id" int not null, "name" varchar(100) not null, "duties" text not null default '', "abolished_on" date null);`);
    this.addSql(`create index "internal_body_institution_id_index" on "internal_body" ("institution_id");`);
    this.addSql(`create unique index "internal_body_current_name_unique" on "internal_body" ("institution_id", "name") where "abolished_on" is null;`);
    this.addSql(`alter table "internal_body" add constraint "internal_body_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete restrict;`);
  }

  private quotasAndStaffOnInstitutions(): void {
    this.addSql(`alter table "quota" rename column "unit_id" to "institution_id";`);
    this.addSql(`alter table "quota" rename constraint "quota_unit_id_foreign" to "quota_institution_id_foreign";`);
    this.addSql(`alter index "quota_unit_id_index" rename to "quota_institution_id_index";`);
    this.addSql(`alter table "quota" drop constraint "quota_category_check";`);
    this.addSql(`alter table "quota" add constraint "quota_category_check" check ("category" in (${categories}));`);
    this.addSql(`alter table "quota" add column "approval_id" int null;`);
    this.addSql(`alter table "quota" add constraint "quota_approval_id_foreign" foreign key ("approval_id") references "establishment_approval" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "quota_approval_id_index" on "quota" ("approval_id");`);
    // Leadership positions were approved per quota category; they are per tier now. Each
    // institution with current quotas gets a 三定 holding their sum: one head, the rest deputies.
    this.addSql(`
      insert into "establishment_approval" ("created_at", "updated_at", "institution_id", "document_number", "approved_on", "main_functions", "internal_body_names", "principal_positions", "deputy_positions", "internal_head_positions")
      select now(), now(), quota.institution_id, (array_agg(quota.document_number order by quota.effective_on desc, quota.id desc))[1], max(quota.effective_on),
             institution.duties, '[]'::jsonb, least(sum(quota.approved_leadership_positions), 1), greatest(sum(quota.approved_leadership_positions) - 1, 0), 0
        from "quota" join "institution" on institution.id = quota.institution_id
       where quota.superseded_on is null
       group by quota.institution_id, institution.duties;`);
    this.addSql(`alter table "quota" drop constraint "quota_leadership_positions_not_negative";`);
    this.addSql(`alter table "quota" drop column "approved_leadership_positions";`);

    this.addSql(`alter table "staff" rename column "unit_id" to "institution_id";`);
    this.addSql(`alter table "staff" rename constraint "staff_unit_id_foreign" to "staff_institution_id_foreign";`);
    this.addSql(`alter index "staff_unit_id_index" rename to "staff_institution_id_index";`);
    this.addSql(`alter table "staff" drop constraint "staff_quota_category_check";`);
    this.addSql(`alter table "staff" add constraint "staff_quota_category_check" check ("quota_category" in (${categories}));`);
    this.addSql(`alter table "staff" add column "leadership_tier" text check ("leadership_tier" in (${tiers})) null;`);
    this.addSql(`update "staff" set "leadership_tier" = case when "position" like '副%' then 'DEPUTY' else 'PRINCIPAL' end where "is_leader";`);
    this.addSql(`alter table "staff" drop column "is_leader";`);
  }

  private alertsPerCategoryOrTier(): void {
    this.addSql(`drop index "quota_alert_open_unique";`);
    this.addSql(`alter table "quota_alert" rename column "unit_id" to "institution_id";`);
    this.addSql(`alter table "quota_alert" rename constraint "quota_alert_unit_id_foreign" to "quota_alert_institution_id_foreign";`);
    this.addSql(`alter index "quota_alert_unit_id_index" rename to "quota_alert_institution_id_index";`);
    this.addSql(`alter table "quota_alert" rename column "unit_name" to "institution_name";`);
    this.addSql(`alter table "quota_alert" alter column "institution_name" type varchar(200);`);
    this.addSql(`alter table "quota_alert" drop constraint "quota_alert_category_check";`);
    this.addSql(`alter table "quota_alert" add constraint "quota_alert_category_check" check ("category" in (${categories}));`);
    this.addSql(`alter table "quota_alert" alter column "category" drop not null;`);
    this.addSql(`alter table "quota_alert" add column "tier" text check ("tier" in (${tiers})) null;`);
    this.addSql(`create unique index "quota_alert_open_unique" on "quota_alert" ("institution_id", "kind", coalesce("category", "tier")) where "resolved_at" is null;`);
    // Snapshots are alert rows as JSON: the same names as the columns now.
    this.addSql(`
      update "quota_alert_event"
         set "alert_snapshot" = ("alert_snapshot" - 'unit_id' - 'unit_name')
               || jsonb_build_object('institution_id', "alert_snapshot"->'unit_id', 'institution_name', "alert_snapshot"->'unit_name', 'tier', null);`);
    // An open over-positions alert of a quota category has no tier to be resolved by: resolve it now,
    // with its event; the tiers' cells raise their own alerts at commit.
    this.addSql(`
      with resolved as (
        update "quota_alert" set "resolved_at" = clock_timestamp()
         where "kind" = 'OVER_POSITIONS' and "tier" is null and "resolved_at" is null
        returning "id", "bureau_path")
      insert into "quota_alert_event" ("alert_id", "type", "bureau_path", "occurred_at")
      select "id", 'RESOLVED', "bureau_path", clock_timestamp() from resolved order by "id";`);
  }

  private createStaffingCells(): void {
    this.addSql(`create table "staffing_cell" ("institution_id" int not null, "dimension" text check ("dimension" in ('CATEGORY', 'TIER')) not null, "key" text not null, "has_approval" boolean not null default false, "approved" int not null default 0, "active" int not null default 0, constraint "staffing_cell_pkey" primary key ("institution_id", "dimension", "key"));`);
    this.addSql(`alter table "staffing_cell" add constraint "staffing_cell_institution_id_foreign" foreign key ("institution_id") references "institution" ("id") on update cascade on delete cascade;`);
    // The few cells that are over (the view's `over`), found without reading the rest.
    this.addSql(`create index "staffing_cell_over_index" on "staffing_cell" ("institution_id") where "active" > "approved";`);

    // The staffing rule, stated once. A plain view: a lookup by institution stays on the cells' primary key.
    this.addSql(`
      create view "staffing_cell_status" as
      select institution_id, dimension, key, has_approval, approved, active,
             has_approval or active > 0 as in_use,
             greatest(approved - active, 0) as vacancies,
             active > approved as over,
             greatest(active - approved, 0) as excess
        from staffing_cell;`);
    this.addSql(`comment on view "staffing_cell_status" is 'The staffing rule (超编超职数): an institution''s cell is over when its active count exceeds its approved count. A CATEGORY cell holds a quota category''s current approved headcount and active staff (over: 超编, a category without quota having none); a TIER cell holds a leadership tier''s positions in the current 三定 and its active holders (over: 超职数). in_use: an approval or active people; vacancies (空编) and excess (超出数) follow.';`);

    // Cells move with every write of staff, quotas and 三定, in its transaction; the row lock on
    // a cell serializes concurrent writers of one institution and category or tier.
    this.addSql(`
      create function staff_staffing_cells() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.status = 'ACTIVE' then
          update staffing_cell set active = active - 1
           where institution_id = old.institution_id
             and ((dimension = 'CATEGORY' and key = old.quota_category) or (dimension = 'TIER' and key = old.leadership_tier));
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.status = 'ACTIVE' then
          insert into staffing_cell as cells (institution_id, dimension, key, active)
          values (new.institution_id, 'CATEGORY', new.quota_category, 1)
          on conflict (institution_id, dimension, key) do update set active = cells.active + 1;
          if new.leadership_tier is not null then
            insert into staffing_cell as cells (institution_id, dimension, key, active)
            values (new.institution_id, 'TIER', new.leadership_tier, 1)
            on conflict (institution_id, dimension, key) do update set active = cells.active + 1;
          end if;
        end if;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "staff_staffing_cells" after insert or delete or update of "institution_id", "quota_category", "status", "leadership_tier" on "staff" for each row execute function staff_staffing_cells();`);

    this.addSql(`
      create function quota_staffing_cell() returns trigger language plpgsql as $$
      declare
        cell record;
      begin
        for cell in
          select old.institution_id as institution_id, old.category as category where tg_op in ('UPDATE', 'DELETE')
          union
          select new.institution_id, new.category where tg_op in ('INSERT', 'UPDATE')
        loop
          insert into staffing_cell as cells (institution_id, dimension, key, has_approval, approved)
          select cell.institution_id, 'CATEGORY', cell.category, current_quota.id is not null, coalesce(current_quota.approved_headcount, 0)
            from (select 1) as one
            left join quota as current_quota
              on current_quota.institution_id = cell.institution_id and current_quota.category = cell.category and current_quota.superseded_on is null
          where exists (select 1 from institution where institution.id = cell.institution_id)
          on conflict (institution_id, dimension, key) do update
            set has_approval = excluded.has_approval, approved = excluded.approved
            where (cells.has_approval, cells.approved) is distinct from (excluded.has_approval, excluded.approved);
        end loop;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "quota_staffing_cell" after insert or delete or update of "institution_id", "category", "approved_headcount", "superseded_on" on "quota" for each row execute function quota_staffing_cell();`);

    this.addSql(`
      create function approval_staffing_cells() returns trigger language plpgsql as $$
      declare
        target integer;
      begin
        for target in
          select old.institution_id where tg_op in ('UPDATE', 'DELETE')
          union
          select new.institution_id where tg_op in ('INSERT', 'UPDATE')
        loop
          insert into staffing_cell as cells (institution_id, dimension, key, has_approval, approved)
          select target, 'TIER', tier.key, current_approval.id is not null,
                 coalesce(case tier.key when 'PRINCIPAL' then current_approval.principal_positions
                                        when 'DEPUTY' then current_approval.deputy_positions
                                        else current_approval.internal_head_positions end, 0)
            from (values ('PRINCIPAL'), ('DEPUTY'), ('INTERNAL_BODY_HEAD')) as tier(key)
            left join establishment_approval as current_approval
              on current_approval.institution_id = target and current_approval.superseded_on is null
          where exists (select 1 from institution where institution.id = target)
          on conflict (institution_id, dimension, key) do update
            set has_approval = excluded.has_approval, approved = excluded.approved
            where (cells.has_approval, cells.approved) is distinct from (excluded.has_approval, excluded.approved);
        end loop;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "approval_staffing_cells" after insert or delete or update of "institution_id", "principal_positions", "deputy_positions", "internal_head_positions", "superseded_on" on "establishment_approval" for each row execute function approval_staffing_cells();`);

    this.addSql(`
      create function recompute_staffing_cells() returns void language sql as $$
        delete from staffing_cell;
        insert into staffing_cell (institution_id, dimension, key, has_approval, approved, active)
        select institution_id, dimension, key, bool_or(has_approval), sum(approved)::int, sum(active)::int
          from (select institution_id, 'CATEGORY' as dimension, quota_category as key, false as has_approval, 0 as approved, count(*) as active
                  from staff where status = 'ACTIVE' group by 1, 3
                union all
                select institution_id, 'TIER', leadership_tier, false, 0, count(*)
                  from staff where status = 'ACTIVE' and leadership_tier is not null group by 1, 3
                union all
                select institution_id, 'CATEGORY', category, true, approved_headcount, 0 from quota where superseded_on is null
                union all
                select approval.institution_id, 'TIER', tier.key, true,
                       case tier.key when 'PRINCIPAL' then approval.principal_positions when 'DEPUTY' then approval.deputy_positions else approval.internal_head_positions end, 0
                  from establishment_approval approval cross join (values ('PRINCIPAL'), ('DEPUTY'), ('INTERNAL_BODY_HEAD')) as tier(key)
                 where approval.superseded_on is null) parts
         group by institution_id, dimension, key;
      $$;`);

    this.addSql(`
      create function staffing_cell_changed() returns trigger language plpgsql as $$
      begin
        perform bump_bureau_staffing_version(bureau_id)
           from institution where id in (old.institution_id, new.institution_id);
        return null;
      end
      $$;`);
    this.addSql(`create trigger "staffing_cell_changed" after insert or update or delete on "staffing_cell" for each row execute function staffing_cell_changed();`);
    // The facts the statistics group institutions by.
    this.addSql(`
      create function institution_facts_changed() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform bump_bureau_staffing_version(old.bureau_id); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform bump_bureau_staffing_version(new.bureau_id); end if;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "institution_facts_changed" after insert or delete or update of "bureau_id", "rank", "kind", "nature", "funding", "status", "is_egov_body", "supervising_institution_id" on "institution" for each row execute function institution_facts_changed();`);

    // Raises and resolves alerts at the commit of the transaction that changed a cell. The
    // cell's row lock, held since the change, serializes its writers, so an alert is neither
    // lost nor doubled. Event ids are drawn under a transaction-scoped advisory lock, held
    // until commit, so that they are committed in id order and serve as a cursor.
    this.addSql(`
      create function evaluate_staffing_alert(cell staffing_cell_status) returns void language plpgsql as $$
      declare
        alert_kind text := case cell.dimension when 'CATEGORY' then 'OVER_STAFFED' else 'OVER_POSITIONS' end;
        open_alert_id integer;
        event_id bigint;
        event_type text;
        alert_institution_name text;
        alert_bureau_id integer;
        alert_bureau_path text;
      begin
        select id into open_alert_id from quota_alert
         where institution_id = cell.institution_id and kind = alert_kind and coalesce(category, tier) = cell.key and resolved_at is null;
        if cell.over and open_alert_id is not null then
          update quota_alert set approved = cell.approved, actual = cell.active
           where id = open_alert_id and (approved, actual) is distinct from (cell.approved, cell.active);
          return;
        end if;
        if not cell.over and open_alert_id is null then
          return;
        end if;
        select institution.name, bureau.id, bureau.path into alert_institution_name, alert_bureau_id, alert_bureau_path
          from institution join bureau on bureau.id = institution.bureau_id where institution.id = cell.institution_id;
        perform pg_advisory_xact_lock(hashtext('quota_alert_event'));
        if open_alert_id is null then
          insert into quota_alert (institution_id, institution_name, bureau_id, bureau_path, kind, category, tier, approved, actual, raised_at)
          values (cell.institution_id, alert_institution_name, alert_bureau_id, alert_bureau_path, alert_kind,
                  case cell.dimension when 'CATEGORY' then cell.key end, case cell.dimension when 'TIER' then cell.key end,
                  cell.approved, cell.active, clock_timestamp())
          returning id into open_alert_id;
          event_type := 'RAISED';
        else
          update quota_alert set resolved_at = clock_timestamp(), approved = cell.approved, actual = cell.active where id = open_alert_id;
          event_type := 'RESOLVED';
        end if;
        insert into quota_alert_event (alert_id, type, bureau_path, occurred_at)
        values (open_alert_id, event_type, alert_bureau_path, clock_timestamp())
        returning id into event_id;
        perform pg_notify('quota_alert_events', event_id::text);
      end
      $$;`);
    this.addSql(`
      create function staffing_cell_alerts() returns trigger language plpgsql as $$
      declare
        cell staffing_cell_status;
      begin
        select * into cell from staffing_cell_status
         where institution_id = new.institution_id and dimension = new.dimension and key = new.key;
        if found then perform evaluate_staffing_alert(cell); end if;
        return null;
      end
      $$;`);
    // Deferred to commit, and reading the cell as it then stands: a transaction that adds
    // staff and then their quota raises nothing in between.
    this.addSql(`create constraint trigger "staffing_cell_alerts" after insert or update on "staffing_cell" deferrable initially deferred for each row execute function staffing_cell_alerts();`);
    // An open alert follows its institution to another bureau (its bureau's moves in the tree: open_alerts_follow_bureau).
    this.addSql(`
      create function open_alerts_follow_institution() returns trigger language plpgsql as $$
      begin
        update quota_alert set bureau_id = new.bureau_id, bureau_path = (select path from bureau where id = new.bureau_id)
         where institution_id = new.id and resolved_at is null;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "open_alerts_follow_institution" after update of "bureau_id" on "institution" for each row execute function open_alerts_follow_institution();`);
  }

  override async down(): Promise<void> {
    throw new Error('Migration20261129140000_institutions cannot be undone: leadership positions per quota category were merged into tiers of a 三定. Restore a backup taken before it.');
  }

}
