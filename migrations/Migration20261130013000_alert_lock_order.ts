import { Migration } from '@mikro-orm/migrations';

const advisoryLock = `perform pg_advisory_xact_lock(hashtext('quota_alert_event'));`;
const orderedLock = `perform take_alert_event_lock();`;

const staffingAlertFunction = (takeLock: string) => `
      create or replace function evaluate_staffing_alert(cell staffing_cell_status) returns void language plpgsql as $$
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
        ${takeLock}
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
      end $$;`;

const approvalAlertsFunction = (takeLock: string) => `
      create or replace function evaluate_approval_alerts(approval_id integer) returns void language plpgsql as $$
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
          ${takeLock}
          insert into quota_alert (institution_id, institution_name, bureau_id, bureau_path, kind, category, tier, approved, actual, raised_at, staffing_use_approval_id)
          values (approval.institution_id, alert_institution_name, alert_bureau_id, alert_bureau_path, 'APPROVAL_EXPIRING', approval.category, approval.tier,
                  approval.approved_count, approval.used_count, clock_timestamp(), approval_id)
          returning id into open_alert_id;
          perform emit_alert_event(open_alert_id, 'RAISED', alert_bureau_path);
        elsif open_alert_id is not null then
          ${takeLock}
          update quota_alert set resolved_at = clock_timestamp(), actual = approval.used_count where id = open_alert_id;
          perform emit_alert_event(open_alert_id, 'RESOLVED', alert_bureau_path);
        end if;
        if approval.status = 'USED_UP' and not exists (select 1 from quota_alert where staffing_use_approval_id = approval_id and kind = 'APPROVAL_USED_UP') then
          ${takeLock}
          insert into quota_alert (institution_id, institution_name, bureau_id, bureau_path, kind, category, tier, approved, actual, raised_at, resolved_at, staffing_use_approval_id)
          values (approval.institution_id, alert_institution_name, alert_bureau_id, alert_bureau_path, 'APPROVAL_USED_UP', approval.category, approval.tier,
                  approval.approved_count, approval.used_count, clock_timestamp(), clock_timestamp(), approval_id)
          returning id into open_alert_id;
          perform emit_alert_event(open_alert_id, 'RAISED', alert_bureau_path);
        end if;
      end $$;`;

/**
 * One lock order at commit. Two deferred steps take locks there: raising the
 * subtree generations (their rows, in path order) and drawing an alert event id
 * (the one advisory lock). They ran in whatever order the transaction had
 * queued them, so a commit holding a county's generation row could wait for the
 * advisory lock held by another commit that then waited for that row: a
 * deadlock. Now the alert lock is taken only after raising what the
 * transaction has written so far, so both take the rows first.
 */
export class Migration20261130013000_alert_lock_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`
      create function raise_pending_subtree_generations() returns void language plpgsql as $$
      begin
        with written as (delete from subtree_write where transaction_id = txid_current() returning path)
        insert into subtree_generation as counted (path, generation)
        select path, 1 from written order by path
        on conflict (path) do update set generation = counted.generation + 1;
      end $$;`);
    this.addSql(`
      create or replace function raise_subtree_generations() returns trigger language plpgsql as $$
      begin
        perform raise_pending_subtree_generations();
        return null;
      end $$;`);
    this.addSql(`
      create function take_alert_event_lock() returns void language plpgsql as $$
      begin
        perform raise_pending_subtree_generations();
        ${advisoryLock}
      end $$;`);
    this.addSql(staffingAlertFunction(orderedLock));
    this.addSql(approvalAlertsFunction(orderedLock));
  }

  override async down(): Promise<void> {
    this.addSql(staffingAlertFunction(advisoryLock));
    this.addSql(approvalAlertsFunction(advisoryLock));
    this.addSql(`drop function take_alert_event_lock();`);
    this.addSql(`
      create or replace function raise_subtree_generations() returns trigger language plpgsql as $$
      begin
        with written as (delete from subtree_write where transaction_id = txid_current() returning path)
        insert into subtree_generation as counted (path, generation)
        select path, 1 from written order by path
        on conflict (path) do update set generation = counted.generation + 1;
        return null;
      end $$;`);
    this.addSql(`drop function raise_pending_subtree_generations();`);
  }

}
