import { Migration } from '@mikro-orm/migrations';
import { subtreeNoteSql } from './subtree-notes';

const throughBureau = (column: string) => `select bureau.path from {rows} changed join bureau on bureau.id = changed.${column}`;
const throughInstitution = `select bureau.path from {rows} changed join institution on institution.id = changed.institution_id join bureau on bureau.id = institution.bureau_id`;

/**
 * Where each table's rows sit in the bureau tree, as a select of bureau paths
 * from a transition table (`{rows}`: `new_rows` or `old_rows`), following the same links as each entity's
 * `@PlacedBy`. Rows whose parent went in the same statement (a cascade) find
 * none: the parent's own delete notes the place.
 */
export const placedTables: Record<string, string> = {
  bureau: 'select changed.path from {rows} changed',
  website: throughBureau('bureau_id'),
  bureau_staffing_version: throughBureau('bureau_id'),
  // An institution also sits in its supervisor's list of subordinates, which a change of it changes.
  institution: `${throughBureau('bureau_id')} union all select bureau.path from {rows} changed join institution supervisor on supervisor.id = changed.supervising_institution_id join bureau on bureau.id = supervisor.bureau_id`,
  account: `select coalesce(bureau.path, '') from {rows} changed left join bureau on bureau.id = changed.bureau_id`,
  access_token: `select coalesce(bureau.path, '') from {rows} changed join account on account.id = changed.account_id left join bureau on bureau.id = account.bureau_id`,
  establishment_approval: throughInstitution,
  internal_body: throughInstitution,
  institution_change: throughInstitution,
  quota: throughInstitution,
  staff: throughInstitution,
  staffing_cell: throughInstitution,
  staffing_use_approval: throughInstitution,
  staffing_use_application: throughInstitution,
  quota_alert: 'select changed.bureau_path from {rows} changed',
  quota_alert_event: 'select changed.bureau_path from {rows} changed',
  audit_entry: 'select changed.bureau_path from {rows} changed',
};

/** The triggers of the registry-wide count this replaces, by table (the e-gov unit table became `institution`, its trigger kept its name). */
const oldGenerationTriggers: [table: string, trigger: string][] = ['bureau', 'quota', 'staff', 'website', 'account', 'access_token', 'audit_entry', 'quota_alert', 'staffing_use_approval']
  .map((table): [string, string] => [table, `${table}_raises_registry_generation`])
  .concat([['institution', 'egov_unit_raises_registry_generation']]);

export class Migration20261129193000_subtree_generations extends Migration {

  override async up(): Promise<void> {
    for (const [table, trigger] of oldGenerationTriggers) this.addSql(`drop trigger if exists "${trigger}" on "${table}";`);
    this.addSql(`drop function if exists raise_registry_generation();`);
    this.addSql(`drop table if exists "registry_generation";`);

    this.addSql(`create table "subtree_generation" ("path" text not null, "generation" bigint not null default 0, constraint "subtree_generation_pkey" primary key ("path"));`);
    this.addSql(`create table "subtree_write" ("transaction_id" bigint not null default txid_current(), "path" text not null, constraint "subtree_write_pkey" primary key ("transaction_id", "path"));`);

    // Statement triggers note places (subtree-notes.ts); raising the counts waits for commit, where every writer takes its rows in path order.
    this.addSql(`
      create function note_subtree_truncate() returns trigger language plpgsql as $$
      begin
        insert into subtree_write (path) select path from bureau union select '' on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`
      create function raise_subtree_generations() returns trigger language plpgsql as $$
      begin
        with written as (delete from subtree_write where transaction_id = txid_current() returning path)
        insert into subtree_generation as counted (path, generation)
        select path, 1 from written order by path
        on conflict (path) do update set generation = counted.generation + 1;
        return null;
      end $$;`);
    this.addSql(`create constraint trigger "subtree_write_raises_generations" after insert on "subtree_write" deferrable initially deferred for each row execute function raise_subtree_generations();`);

    for (const [table, places] of Object.entries(placedTables)) for (const sql of subtreeNoteSql(table, places)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of Object.keys(placedTables)) {
      for (const event of ['inserts', 'updates', 'deletes', 'truncate']) this.addSql(`drop trigger if exists "${table}_notes_subtree_${event}" on "${table}";`);
      this.addSql(`drop function if exists "note_${table}_subtree_writes"();`);
    }
    this.addSql(`drop trigger if exists "subtree_write_raises_generations" on "subtree_write";`);
    this.addSql(`drop function if exists raise_subtree_generations();`);
    this.addSql(`drop function if exists note_subtree_truncate();`);
    this.addSql(`drop table if exists "subtree_write";`);
    this.addSql(`drop table if exists "subtree_generation";`);
    this.addSql(`create table "registry_generation" ("shard" smallint not null, "generation" bigint not null default 0, constraint "registry_generation_pkey" primary key ("shard"));`);
    this.addSql(`insert into "registry_generation" ("shard") select generate_series(0, 63);`);
    this.addSql(`
      create function raise_registry_generation() returns trigger language plpgsql as $$
      begin
        update registry_generation set generation = generation + 1 where shard = txid_current() % 64;
        return null;
      end
      $$;`);
    for (const [table, trigger] of oldGenerationTriggers) {
      this.addSql(`create trigger "${trigger}" after insert or update or delete on "${table}" for each statement execute function raise_registry_generation();`);
    }
  }

}
