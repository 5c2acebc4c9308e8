import { Migration } from '@mikro-orm/migrations';

export class Migration20261127100256_staffing_counters extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "unit_staffing" ("unit_id" int not null, "category" text check ("category" in ('ADMINISTRATIVE', 'PUBLIC_INSTITUTION', 'LOGISTICS')) not null, "active_staff" int not null default 0, "active_leaders" int not null default 0, constraint "unit_staffing_pkey" primary key ("unit_id", "category"));`);

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
    this.addSql(`create trigger "staff_staffing_counters" after insert or delete or update of "unit_id", "quota_category", "status", "is_leader" on "staff" for each row execute function staff_staffing_counters();`);
    this.addSql(`insert into "unit_staffing" ("unit_id", "category", "active_staff", "active_leaders")
      select "unit_id", "quota_category", count(*), count(*) filter (where "is_leader") from "staff" where "status" = 'ACTIVE' group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "staff_staffing_counters" on "staff";`);
    this.addSql(`drop function if exists staff_staffing_counters();`);
    this.addSql(`drop table if exists "unit_staffing" cascade;`);
  }

}
