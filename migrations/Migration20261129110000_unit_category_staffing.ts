import { Migration } from '@mikro-orm/migrations';

/**
 * The staffing rule, stated once: `unit_category_staffing` says, for each
 * staffing cell, whether the unit is over-staffed (超编) or over its leadership
 * positions (超职数) and by how much. The alert trigger, the GraphQL staffing
 * fields and the statistics all read it, so they cannot disagree.
 */
export class Migration20261129110000_unit_category_staffing extends Migration {

  override async up(): Promise<void> {
    // A plain view over the counters: a lookup by unit (and category) stays on their primary key.
    this.addSql(`
      create view "unit_category_staffing" as
      select unit_id, category, has_quota, approved_headcount, approved_leadership_positions, active_staff, active_leaders,
             has_quota or active_staff > 0 as in_use,
             greatest(approved_headcount - active_staff, 0) as vacancies,
             active_staff > approved_headcount as over_staffed,
             greatest(active_staff - approved_headcount, 0) as staff_excess,
             active_leaders > approved_leadership_positions as over_positions,
             greatest(active_leaders - approved_leadership_positions, 0) as leader_excess
        from unit_staffing;`);
    this.addSql(`comment on view "unit_category_staffing" is 'A unit''s staffing in one quota category: approved and filled figures, vacancies (空编), over-staffing (超编: active staff above the approved headcount, a category without quota having none) and over-positions (超职数: active leaders above the approved leadership positions), with their excesses. in_use: the category has a current quota or active staff.';`);

    this.addSql(`
      create function evaluate_quota_alert(alert_unit_id integer, alert_category text, alert_kind text, is_over boolean, approved_count integer, actual_count integer)
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
        if is_over and open_alert_id is not null then
          update quota_alert set approved = approved_count, actual = actual_count
           where id = open_alert_id and (approved, actual) is distinct from (approved_count, actual_count);
          return;
        end if;
        if not is_over and open_alert_id is null then
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
      create or replace function staffing_cell_alerts() returns trigger language plpgsql as $$
      declare
        cell unit_category_staffing;
      begin
        select * into cell from unit_category_staffing where unit_id = new.unit_id and category = new.category;
        if not found then return null; end if;
        perform evaluate_quota_alert(cell.unit_id, cell.category, 'OVER_STAFFED', cell.over_staffed, cell.approved_headcount, cell.active_staff);
        perform evaluate_quota_alert(cell.unit_id, cell.category, 'OVER_POSITIONS', cell.over_positions, cell.approved_leadership_positions, cell.active_leaders);
        return null;
      end
      $$;`);
    this.addSql(`drop function evaluate_quota_alert(integer, text, text, integer, integer);`);
  }

  override async down(): Promise<void> {
    // The functions as Migration20261127103616_quota_alerts made them.
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
      create or replace function staffing_cell_alerts() returns trigger language plpgsql as $$
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
    this.addSql(`drop function evaluate_quota_alert(integer, text, text, boolean, integer, integer);`);
    this.addSql(`drop view if exists "unit_category_staffing";`);
  }

}
