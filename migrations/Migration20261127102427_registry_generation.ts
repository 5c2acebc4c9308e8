import { Migration } from '@mikro-orm/migrations';

export class Migration20261127102427_registry_generation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "registry_generation" ("shard" smallint not null, "generation" bigint not null default 0, constraint "registry_generation_pkey" primary key ("shard"));`);
    this.addSql(`insert into "registry_generation" ("shard") select generate_series(0, 63);`);
    this.addSql(`
      create function raise_registry_generation() returns trigger language plpgsql as $$
      begin
        update registry_generation set generation = generation + 1 where shard = txid_current() % 64;
        return null;
      end
      $$;`);
    for (const table of ['bureau', 'egov_unit', 'quota', 'staff', 'website']) {
      this.addSql(`create trigger "${table}_raises_registry_generation" after insert or update or delete on "${table}" for each statement execute function raise_registry_generation();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['bureau', 'egov_unit', 'quota', 'staff', 'website']) {
      this.addSql(`drop trigger if exists "${table}_raises_registry_generation" on "${table}";`);
    }
    this.addSql(`drop function if exists raise_registry_generation();`);
    this.addSql(`drop table if exists "registry_generation" cascade;`);
  }

}
