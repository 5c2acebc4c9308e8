import { Migration } from '@mikro-orm/migrations';

export class Migration20261127103616_quota_alerts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "quota_alert" ("id" serial primary key, "unit_id" int null, "unit_name" varchar(100) not null, "bureau_id" int null, "bureau_path" text not null, "kind" text check ("kind" in ('OVER_STAFFED', 'OVER_POSITIONS')) not null, "category" text check ("category" in ('ADMINISTRATIVE', 'PUBLIC_INSTITUTION', 'LOGISTICS')) not null, "approved" int not null, "actual" int not null, "raised_at" timestamptz not null, "resolved_at" timestamptz null);`);
    this.addSql(`create index "quota_alert_unit_id_index" on "quota_alert" ("unit_id");`);
    this.addSql(`create index "quota_alert_bureau_id_index" on "quota_alert" ("bureau_id");`);
    this.addSql(`create index "quota_alert_raised_at_index" on "quota_alert" ("raised_at");`);
    this.addSql(`create unique index "quota_alert_open_unique" on "quota_alert" ("unit_id", "kind", "category") where "resolved_at" is null;`);
    this.addSql(`create index "quota_alert_bureau_path_index" on "quota_alert" ("bureau_path" text_pattern_ops);`);

    this.addSql(`create table "quota_alert_event" ("id" bigserial primary key, "alert_id" int not null, "type" text check ("type" in ('RAISED', 'RESOLVED')) not null, "bureau_path" text not null, "occurred_at" timestamptz not null);`);
    this.addSql(`create index "quota_alert_event_alert_id_index" on "quota_alert_event" ("alert_id");`);
    this.addSql(`create index "quota_alert_event_bureau_path_index" on "quota_alert_event" ("bureau_path" text_pattern_ops, "id");`);

    this.addSql(`alter table "quota_alert" add constraint "quota_alert_unit_id_foreign" foreign key ("unit_id") references "egov_unit" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "quota_alert" add constraint "quota_alert_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "quota_alert_event" add constraint "quota_alert_event_alert_id_foreign" foreign key ("alert_id") references "quota_alert" ("id") on update cascade on delete cascade;`);

    // Raises and resolves alerts at the commit of the transaction that changed a
    // staffing cell. The cell's row lock, held since the change, serializes
    // writers of one unit and category, so an alert is neither lost nor doubled.
    // Event ids are drawn under a transaction-scoped advisory lock, held until
    // commit, so that they are committed in id order and serve as a cursor.
    this.addSql(`
      create function evaluate_quota_alert(alert_unit_id integer, alert_category text, alert_kind text, approved_count integer, actual_count integer)
      returns void language plpgsql as $$
      declare
        open_alert_id integer;
        event_id bigint;
        event_type text;
        unit_name text;
        unit_bureau_id integer;
        unit_bureau_path text;
      begin
        select id into open_alert_id from quota_alert
         where unit_id = alert_unit_id and kind = alert_kind and category = alert_category and resolved_at is null;
        if actual_count > approved_count and open_alert_id is not null then
          update quota_alert set approved = approved_count, actual = actual_count
           where id = open_alert_id and (approved, actual) is distinct from (approved_count, actual_count);
          return;
        end if;
        if actual_count <= approved_count and open_alert_id is null then
          return;
        end if;
        select egov_unit.name, bureau.id, bureau.path into unit_name, unit_bureau_id, unit_bureau_path
          from egov_unit join bureau on bureau.id = egov_unit.bureau_id where egov_unit.id = alert_unit_id;
        perform pg_advisory_xact_lock(hashtext('quota_alert_event'));
        if open_alert_id is null then
          insert into quota_alert (unit_id, unit_name, bureau_id, bureau_path, kind, category, approved, actual, raised_at)
          values (alert_unit_id, unit_name, unit_bureau_id, unit_bureau_path, alert_kind, alert_category, approved_count, actual_count, clock_timestamp())
          returning id into open_alert_id;
          event_type := 'RAISED';
        else
          update quota_alert set resolved_at = clock_timestamp(), approved = approved_count, actual = actual_count where id = open_alert_id;
          event_type := 'RESOLVED';
        end if;
        insert into quota_alert_event (alert_id, type, bureau_path, occurred_at)
        values (open_alert_id, event_type, unit_bureau_path, clock_timestamp())
        returning id into event_id;
        perform pg_notify('quota_alert_events', event_id::text);
      end
      $$;`);
    this.addSql(`
      create function staffing_cell_alerts() returns trigger language plpgsql as $$
      declare
        cell unit_staffing;
      begin
        select * into cell from unit_staffing where unit_id = new.unit_id and category = new.category;
        if not found then return null; end if;
        perform evaluate_quota_alert(cell.unit_id, cell.category, 'OVER_STAFFED', cell.approved_headcount, cell.active_staff);
        perform evaluate_quota_alert(cell.unit_id, cell.category, 'OVER_POSITIONS', cell.approved_leadership_positions, cell.active_leaders);
        return null;
      end
      $$;`);
    // Deferred to commit, and reading the cell as it then stands: a transaction
    // that adds staff and then their quota raises nothing in between.
    this.addSql(`create constraint trigger "staffing_cell_alerts" after insert or update on "unit_staffing" deferrable initially deferred for each row execute function staffing_cell_alerts();`);

    // An open alert follows its unit to another bureau, and its bureau through a move in the tree.
    this.addSql(`
      create function open_alerts_follow_unit() returns trigger language plpgsql as $$
      begin
        update quota_alert set bureau_id = new.bureau_id, bureau_path = (select path from bureau where id = new.bureau_id)
         where unit_id = new.id and resolved_at is null;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "open_alerts_follow_unit" after update of "bureau_id" on "egov_unit" for each row execute function open_alerts_follow_unit();`);
    this.addSql(`
      create function open_alerts_follow_bureau() returns trigger language plpgsql as $$
      begin
        update quota_alert set bureau_path = new.path where bureau_id = new.id and resolved_at is null;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "open_alerts_follow_bureau" after update of "path" on "bureau" for each row execute function open_alerts_follow_bureau();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "open_alerts_follow_bureau" on "bureau";`);
    this.addSql(`drop function if exists open_alerts_follow_bureau();`);
    this.addSql(`drop trigger if exists "open_alerts_follow_unit" on "egov_unit";`);
    this.addSql(`drop function if exists open_alerts_follow_unit();`);
    this.addSql(`drop trigger if exists "staffing_cell_alerts" on "unit_staffing";`);
    this.addSql(`drop function if exists staffing_cell_alerts();`);
    this.addSql(`drop function if exists evaluate_quota_alert(integer, text, text, integer, integer);`);
    this.addSql(`alter table "quota_alert_event" drop constraint "quota_alert_event_alert_id_foreign";`);

    this.addSql(`drop table if exists "quota_alert" cascade;`);

    this.addSql(`drop table if exists "quota_alert_event" cascade;`);
  }

}
