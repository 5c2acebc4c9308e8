import { Migration } from '@mikro-orm/migrations';

/**
 * Alerts about approvals to use posts, on the same alerts and events as
 * over-staffing: APPROVAL_EXPIRING is open while an approval is open with posts
 * left and its last valid day is within 30 days (China's calendar), and
 * resolved when it is used up, withdrawn or expires; APPROVAL_USED_UP is a
 * notice, closed as it is raised, when the last post is filled. Writes to an
 * approval evaluate it at commit (a deferred trigger); time passing is caught
 * by sweep_approval_alerts(), which the server runs at start and hourly.
 */
export class Migration20261129165630_approval_alerts extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "quota_alert" drop constraint if exists "quota_alert_kind_check";`);

    this.addSql(`alter table "quota_alert" add column "staffing_use_approval_id" int null;`);
    this.addSql(`alter table "quota_alert" add constraint "quota_alert_staffing_use_approval_id_foreign" foreign key ("staffing_use_approval_id") references "staffing_use_approval" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "quota_alert" add constraint "quota_alert_kind_check" check("kind" in ('OVER_STAFFED', 'OVER_POSITIONS', 'APPROVAL_EXPIRING', 'APPROVAL_USED_UP'));`);
    this.addSql(`create index "quota_alert_staffing_use_approval_id_index" on "quota_alert" ("staffing_use_approval_id");`);
    // Two approvals of one institution and category may each have an alert open.
    this.addSql(`drop index "quota_alert_open_unique";`);
    this.addSql(`create unique index "quota_alert_open_unique" on "quota_alert" ("institution_id", "kind", coalesce("category", "tier"), coalesce("staffing_use_approval_id", 0)) where "resolved_at" is null;`);

    this.addSql(`
      create function emit_alert_event(alert_id integer, event_type text, alert_bureau_path text) returns void language plpgsql as $$
      declare
        event_id bigint;
      begin
        insert into quota_alert_event (alert_id, type, bureau_path, occurred_at)
        values (alert_id, event_type, alert_bureau_path, clock_timestamp())
        returning id into event_id;
        perform pg_notify('quota_alert_events', event_id::text);
      end
      $$;`);
    // Under the approval's row lock, so that a sweep and a write, or two sweeps, neither double nor lose an alert;
    // event ids are drawn under the same advisory lock as over-staffing events, so they stay a cursor.
    this.addSql(`
      create function evaluate_approval_alerts(approval_id integer) returns void language plpgsql as $$
      declare
        approval staffing_use_standing;
        expiring boolean;
        open_alert_id integer;
        alert_institution_name text;
        alert_bureau_id integer;
        alert_bureau_path text;
      begin
        perform 1 from staffing_use_approval where id = approval_id for update;
        select * into approval from staffing_use_standing where id = approval_id;
        if not found then return; end if;
        select institution.name, bureau.id, bureau.path into alert_institution_name, alert_bureau_id, alert_bureau_path
          from institution join bureau on bureau.id = institution.bureau_id where institution.id = approval.institution_id;
        expiring := approval.status = 'OPEN' and approval.valid_until <= (now() at time zone 'Asia/Shanghai')::date + 30;
        select id into open_alert_id from quota_alert
         where staffing_use_approval_id = approval_id and kind = 'APPROVAL_EXPIRING' and resolved_at is null;
        if expiring and open_alert_id is not null then
          update quota_alert set actual = approval.used_count where id = open_alert_id and actual <> approval.used_count;
        elsif expiring then
          perform pg_advisory_xact_lock(hashtext('quota_alert_event'));
          insert into quota_alert (institution_id, institution_name, bureau_id, bureau_path, kind, category, tier, approved, actual, raised_at, staffing_use_approval_id)
          values (approval.institution_id, alert_institution_name, alert_bureau_id, alert_bureau_path, 'APPROVAL_EXPIRING', approval.category, approval.tier,
                  approval.approved_count, approval.used_count, clock_timestamp(), approval_id)
          returning id into open_alert_id;
          perform emit_alert_event(open_alert_id, 'RAISED', alert_bureau_path);
        elsif open_alert_id is not null then
          perform pg_advisory_xact_lock(hashtext('quota_alert_event'));
          update quota_alert set resolved_at = clock_timestamp(), actual = approval.used_count where id = open_alert_id;
          perform emit_alert_event(open_alert_id, 'RESOLVED', alert_bureau_path);
        end if;
        if approval.status = 'USED_UP' and not exists (select 1 from quota_alert where staffing_use_approval_id = approval_id and kind = 'APPROVAL_USED_UP') then
          perform pg_advisory_xact_lock(hashtext('quota_alert_event'));
          insert into quota_alert (institution_id, institution_name, bureau_id, bureau_path, kind, category, tier, approved, actual, raised_at, resolved_at, staffing_use_approval_id)
          values (approval.institution_id, alert_institution_name, alert_bureau_id, alert_bureau_path, 'APPROVAL_USED_UP', approval.category, approval.tier,
                  approval.approved_count, approval.used_count, clock_timestamp(), clock_timestamp(), approval_id)
          returning id into open_alert_id;
          perform emit_alert_event(open_alert_id, 'RAISED', alert_bureau_path);
        end if;
      end
      $$;`);
    this.addSql(`
      create function staffing_use_approval_alerts() returns trigger language plpgsql as $$
      begin
        perform evaluate_approval_alerts(new.id);
        return null;
      end
      $$;`);
    this.addSql(`create constraint trigger "staffing_use_approval_alerts" after insert or update on "staffing_use_approval" deferrable initially deferred for each row execute function staffing_use_approval_alerts();`);
    this.addSql(`
      create function sweep_approval_alerts() returns integer language sql as $$
        with due as (
          select approval.id from staffing_use_approval approval
           where approval.withdrawn_on is null and approval.used_count < approval.approved_count
             and approval.valid_until <= (now() at time zone 'Asia/Shanghai')::date + 30
             and not exists (select 1 from quota_alert alert where alert.staffing_use_approval_id = approval.id and alert.kind = 'APPROVAL_EXPIRING' and alert.resolved_at is null)
             and approval.valid_until >= (now() at time zone 'Asia/Shanghai')::date
          union
          select staffing_use_approval_id from quota_alert where kind = 'APPROVAL_EXPIRING' and resolved_at is null
        )
        select count(*)::integer from (select evaluate_approval_alerts(id) from due) evaluated;
      $$;`);
    // The sweep writes alerts with no other write beside it: kept answers must see them.
    for (const table of ['quota_alert', 'staffing_use_approval']) {
      this.addSql(`create trigger "${table}_raises_registry_generation" after insert or update or delete on "${table}" for each statement execute function raise_registry_generation();`);
    }
    this.addSql(`comment on function sweep_approval_alerts() is 'Raises and resolves APPROVAL_EXPIRING alerts as days pass: approvals coming within 30 days of their last day, and open alerts whose approval expired. Returns how many approvals it evaluated.';`);
  }

  override async down(): Promise<void> {
    for (const table of ['quota_alert', 'staffing_use_approval']) this.addSql(`drop trigger if exists "${table}_raises_registry_generation" on "${table}";`);
    this.addSql(`drop function if exists sweep_approval_alerts();`);
    this.addSql(`drop trigger if exists "staffing_use_approval_alerts" on "staffing_use_approval";`);
    this.addSql(`drop function if exists staffing_use_approval_alerts();`);
    this.addSql(`drop function if exists evaluate_approval_alerts(integer);`);
    this.addSql(`drop function if exists emit_alert_event(integer, text, text);`);
    this.addSql(`delete from quota_alert_event where alert_id in (select id from quota_alert where staffing_use_approval_id is not null);`);
    this.addSql(`delete from quota_alert where staffing_use_approval_id is not null;`);
    this.addSql(`drop index "quota_alert_open_unique";`);
    this.addSql(`create unique index "quota_alert_open_unique" on "quota_alert" ("institution_id", "kind", coalesce("category", "tier")) where "resolved_at" is null;`);
    this.addSql(`alter table "quota_alert" drop constraint if exists "quota_alert_kind_check";`);

    this.addSql(`alter table "quota_alert" drop constraint "quota_alert_staffing_use_approval_id_foreign";`);

    this.addSql(`drop index "quota_alert_staffing_use_approval_id_index";`);
    this.addSql(`alter table "quota_alert" drop column "staffing_use_approval_id";`);

    this.addSql(`alter table "quota_alert" add constraint "quota_alert_kind_check" check("kind" in ('OVER_STAFFED', 'OVER_POSITIONS'));`);
  }

}
