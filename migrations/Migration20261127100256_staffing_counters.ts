import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100256_staffing_counters extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "unit_staffing" ("unit_id" int not null, "category" text check ("category" in ('ADMINISTRATIVE', 'PUBLIC_INSTITUTION', 'LOGISTICS')) not null, "active_staff" int not null default 0, "active_leaders" int not null default 0, "has_quota" boolean not null default false, "approved_headcount" int not null default 0, "approved_leadership_positions" int not null default 0, constraint "unit_staffing_pkey" primary key ("unit_id", "category"));`);

    this.addSql(`alter table "unit_staffing" add constraint "unit_staffing_unit_id_foreign" foreign key ("unit_id") references "egov_unit" ("id") on update cascade on delete cascade;`);

    // Counters move with every staff write, in its transaction; the row lock on
    // a counter serializes concurrent writers of one unit and category.
    this.addSql(`
      create function staff_staffing_counters() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.status = 'ACTIVE' then
          update unit_staffing
             set active_staff = active_staff - 1,
                 active_leaders = active_leaders - (case when old.is_leader then 1 else 0 end)
           where unit_id = old.unit_id and category = old.quota_category;
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.status = 'ACTIVE' then
          insert into unit_staffing as counters (unit_id, category, active_staff, active_leaders)
          values (new.unit_id, new.quota_category, 1, case when new.is_leader then 1 else 0 end)
          on conflict (unit_id, category) do update
            set active_staff = counters.active_staff + 1,
                active_leaders = counters.active_leaders + excluded.active_leaders;
        end if;
        return null;
      end
      $$;`);
    this.addSql(`
      create function recompute_unit_staffing() returns void language sql as $$
        delete from unit_staffing;
        insert into unit_staffing (unit_id, category, active_staff, active_leaders, has_quota, approved_headcount, approved_leadership_positions)
        select coalesce(staffed.unit_id, current_quota.unit_id), coalesce(staffed.category, current_quota.category),
               coalesce(staffed.active_staff, 0), coalesce(staffed.active_leaders, 0), current_quota.unit_id is not null,
               coalesce(current_quota.approved_headcount, 0), coalesce(current_quota.approved_leadership_positions, 0)
          from (select unit_id, quota_category as category, count(*) as active_staff, count(*) filter (where is_leader) as active_leaders
                  from staff where status = 'ACTIVE' group by 1, 2) staffed
          full join (select unit_id, category, approved_headcount, approved_leadership_positions from quota where superseded_on is null) current_quota
            on current_quota.unit_id = staffed.unit_id and current_quota.category = staffed.category;
      $$;`);
    this.addSql(`create trigger "staff_staffing_counters" after insert or delete or update of "unit_id", "quota_category", "status", "is_leader" on "staff" for each row execute function staff_staffing_counters();`);

    // The current quota of a unit and category is copied beside its staff
    // counts, so that a cell holds everything over-staffing depends on.
    this.addSql(`
      create function quota_staffing_cell() returns trigger language plpgsql as $$
      declare
        cell record;
      begin
        for cell in
          select old.unit_id as unit_id, old.category as category where tg_op in ('UPDATE', 'DELETE')
          union
          select new.unit_id, new.category where tg_op in ('INSERT', 'UPDATE')
        loop
          insert into unit_staffing as cells (unit_id, category, has_quota, approved_headcount, approved_leadership_positions)
          select cell.unit_id, cell.category, current_quota.id is not null,
                 coalesce(current_quota.approved_headcount, 0), coalesce(current_quota.approved_leadership_positions, 0)
            from (select 1) as one
            left join quota as current_quota
              on current_quota.unit_id = cell.unit_id and current_quota.category = cell.category and current_quota.superseded_on is null
          where exists (select 1 from egov_unit where egov_unit.id = cell.unit_id)
          on conflict (unit_id, category) do update
            set has_quota = excluded.has_quota,
                approved_headcount = excluded.approved_headcount,
                approved_leadership_positions = excluded.approved_leadership_positions;
        end loop;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "quota_staffing_cell" after insert or delete or update of "unit_id", "category", "approved_headcount", "approved_leadership_positions", "superseded_on" on "quota" for each row execute function quota_staffing_cell();`);
    this.addSql(`select recompute_unit_staffing();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "quota_staffing_cell" on "quota";`);
    this.addSql(`drop function if exists quota_staffing_cell();`);
    this.addSql(`drop function if exists recompute_unit_staffing();`);
    this.addSql(`drop trigger if exists "staff_staffing_counters" on "staff";`);
    this.addSql(`drop function if exists staff_staffing_counters();`);
    this.addSql(`drop table if exists "unit_staffing" cascade;`);
  }

}
