import { Migration } from '@mikro-orm/migrations';

export class Migration20261127101345_staffing_versions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "bureau_staffing_version" ("bureau_id" int not null, "version" bigint not null default 0, constraint "bureau_staffing_version_pkey" primary key ("bureau_id"));`);

    this.addSql(`alter table "bureau_staffing_version" add constraint "bureau_staffing_version_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete cascade;`);

    this.addSql(`insert into "bureau_staffing_version" ("bureau_id") select "id" from "bureau";`);
    this.addSql(`
      create function bump_bureau_staffing_version(changed_bureau integer) returns void language sql as $$
        insert into bureau_staffing_version as versions (bureau_id, version)
        select changed_bureau, 1 where changed_bureau is not null
        on conflict (bureau_id) do update set version = versions.version + 1;
      $$;`);
    this.addSql(`
      create function unit_staffing_changed() returns trigger language plpgsql as $$
      begin
        perform bump_bureau_staffing_version(bureau_id)
           from egov_unit where id in (old.unit_id, new.unit_id);
        return null;
      end
      $$;`);
    this.addSql(`create trigger "unit_staffing_changed" after insert or update or delete on "unit_staffing" for each row execute function unit_staffing_changed();`);
    this.addSql(`
      create function egov_unit_placement_changed() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform bump_bureau_staffing_version(old.bureau_id); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform bump_bureau_staffing_version(new.bureau_id); end if;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "egov_unit_placement_changed" after insert or delete or update of "bureau_id", "rank" on "egov_unit" for each row execute function egov_unit_placement_changed();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "egov_unit_placement_changed" on "egov_unit";`);
    this.addSql(`drop function if exists egov_unit_placement_changed();`);
    this.addSql(`drop trigger if exists "unit_staffing_changed" on "unit_staffing";`);
    this.addSql(`drop function if exists unit_staffing_changed();`);
    this.addSql(`drop function if exists bump_bureau_staffing_version(integer);`);
    this.addSql(`drop table if exists "bureau_staffing_version" cascade;`);
  }

}
