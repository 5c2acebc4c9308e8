import { Migration } from '@mikro-orm/migrations';
import { subtreeNoteSql } from './subtree-notes';

/** Where the outbox's rows sit in the tree, for the response cache's write counts (see subtree-notes.ts). */
export const returnEventPlacedTables: Record<string, string> = {
  annual_return_event: 'select changed.bureau_path from {rows} changed',
};

/**
 * The annual report's outbox. A submission, return or acceptance is written by
 * a deferred trigger on the return as its transaction commits; an overdue
 * return by sweep_overdue_returns, once per bureau and year. Both draw the id
 * under take_alert_event_lock, the quota alerts' one lock, taken after the
 * transaction's subtree write counts are raised: one lock order at commit.
 * Whether a return is overdue is annual_return_overdue, which the progress
 * page reads too.
 */
export class Migration20261130035622_annual_return_events extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "annual_return_event" ("id" bigserial primary key, "type" text check ("type" in ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'OVERDUE')) not null, "period_id" int not null, "year" int not null, "due_on" date not null, "annual_return_id" int null, "bureau_id" int null, "bureau_code" text not null, "bureau_name" text not null, "bureau_path" text not null, "late" boolean not null, "reason" text null, "occurred_at" timestamptz not null);`);
    this.addSql(`create index "annual_return_event_period_id_index" on "annual_return_event" ("period_id");`);
    this.addSql(`create index "annual_return_event_annual_return_id_index" on "annual_return_event" ("annual_return_id");`);
    this.addSql(`create index "annual_return_event_bureau_id_index" on "annual_return_event" ("bureau_id");`);
    this.addSql(`create unique index "annual_return_event_overdue_once" on "annual_return_event" ("period_id", "bureau_id") where "type" = 'OVERDUE';`);
    this.addSql(`create index "annual_return_event_bureau_path_index" on "annual_return_event" ("bureau_path" text_pattern_ops, "id");`);

    this.addSql(`alter table "annual_return_event" add constraint "annual_return_event_period_id_foreign" foreign key ("period_id") references "reporting_period" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "annual_return_event" add constraint "annual_return_event_annual_return_id_foreign" foreign key ("annual_return_id") references "annual_return" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "annual_return_event" add constraint "annual_return_event_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete set null;`);

    this.addSql(`
      create function annual_return_overdue(due_on date, status text) returns boolean language sql stable as $$
        select (now() at time zone 'Asia/Shanghai')::date > due_on and (status is null or status in ('DRAFT', 'RETURNED'))
      $$;`);
    this.addSql(`
      create function announce_annual_return() returns trigger language plpgsql as $$
      declare
        period reporting_period;
        return_bureau bureau;
        event_id bigint;
      begin
        if new.status is not distinct from old.status or new.status = 'DRAFT' then return null; end if;
        select * into period from reporting_period where id = new.period_id;
        select * into return_bureau from bureau where id = new.bureau_id;
        perform take_alert_event_lock();
        insert into annual_return_event (type, period_id, year, due_on, annual_return_id, bureau_id, bureau_code, bureau_name, bureau_path, late, reason, occurred_at)
        values (new.status, period.id, period.year, period.due_on, new.id, return_bureau.id, return_bureau.code, return_bureau.name, return_bureau.path,
                new.status = 'SUBMITTED' and new.late_reason is not null,
                case new.status when 'RETURNED' then new.return_reason when 'SUBMITTED' then new.late_reason end,
                clock_timestamp())
        returning id into event_id;
        perform pg_notify('annual_return_events', event_id::text);
        return null;
      end $$;`);
    this.addSql(`
      create constraint trigger annual_return_announced after update of status on annual_return
        deferrable initially deferred for each row execute function announce_annual_return();`);
    this.addSql(`
      create function overdue_unannounced() returns table (period_id int, year int, due_on date, annual_return_id int, bureau_id int, bureau_code text, bureau_name text, bureau_path text)
      language sql stable as $$
        select period.id, period.year, period.due_on, annual_return.id, bureau.id, bureau.code, bureau.name, bureau.path
          from reporting_period period cross join bureau
          left join annual_return on annual_return.period_id = period.id and annual_return.bureau_id = bureau.id
         where annual_return_overdue(period.due_on, annual_return.status)
           and not exists (select 1 from annual_return_event announced
                            where announced.period_id = period.id and announced.bureau_id = bureau.id and announced.type = 'OVERDUE')
         order by period.year, bureau.path
      $$;`);
    // The places are noted before the lock, as every write's are: their write counts are raised, and their rows locked, before the alert lock is waited for.
    this.addSql(`
      create function sweep_overdue_returns() returns void language plpgsql as $$
      declare
        last_event_id bigint;
      begin
        if not exists (select 1 from reporting_period where annual_return_overdue(due_on, null)) then return; end if;
        insert into subtree_write (path) select distinct due.bureau_path from overdue_unannounced() due on conflict do nothing;
        perform take_alert_event_lock();
        with announced as (
          insert into annual_return_event (type, period_id, year, due_on, annual_return_id, bureau_id, bureau_code, bureau_name, bureau_path, late, reason, occurred_at)
          select 'OVERDUE', due.period_id, due.year, due.due_on, due.annual_return_id, due.bureau_id, due.bureau_code, due.bureau_name, due.bureau_path, false, null, clock_timestamp()
            from overdue_unannounced() due
          returning id)
        select max(id) into last_event_id from announced;
        if last_event_id is not null then perform pg_notify('annual_return_events', last_event_id::text); end if;
      end $$;`);
    for (const [table, places] of Object.entries(returnEventPlacedTables)) for (const sql of subtreeNoteSql(table, places)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function "note_annual_return_event_subtree_writes"() cascade;`);
    this.addSql(`drop function sweep_overdue_returns();`);
    this.addSql(`drop function overdue_unannounced();`);
    this.addSql(`drop trigger annual_return_announced on annual_return;`);
    this.addSql(`drop function announce_annual_return();`);
    this.addSql(`drop function annual_return_overdue(date, text);`);
    this.addSql(`drop table if exists "annual_return_event" cascade;`);
  }

}
