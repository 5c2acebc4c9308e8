import { Migration } from '@mikro-orm/migrations';

export class Migration20261129110500_alert_event_snapshots extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "quota_alert_event" add column "alert_snapshot" jsonb null;`);
    // Events written before snapshots existed: the alert as it stands now, put back where the
    // event happened (its bureau, its path) and in the state the event left it (a raise: open).
    this.addSql(`
      update "quota_alert_event" event
         set "alert_snapshot" = to_jsonb(alert)
               || jsonb_build_object('bureau_path', event.bureau_path, 'bureau_id', (select id from bureau where path = event.bureau_path))
               || case when event.type = 'RAISED' then jsonb_build_object('resolved_at', null) else '{}'::jsonb end
        from "quota_alert" alert
       where alert.id = event.alert_id;`);
    this.addSql(`alter table "quota_alert_event" alter column "alert_snapshot" set not null;`);

    // The alert as the event left it, taken in the same statement that writes the event:
    // delivery and replay send this, never the alert as it stands later (moved, resolved elsewhere).
    this.addSql(`
      create function quota_alert_event_snapshot() returns trigger language plpgsql as $$
      begin
        select to_jsonb(alert) into new.alert_snapshot from quota_alert alert where alert.id = new.alert_id;
        return new;
      end
      $$;`);
    this.addSql(`create trigger "quota_alert_event_snapshot" before insert on "quota_alert_event" for each row execute function quota_alert_event_snapshot();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "quota_alert_event_snapshot" on "quota_alert_event";`);
    this.addSql(`drop function if exists quota_alert_event_snapshot();`);
    this.addSql(`alter table "quota_alert_event" drop column "alert_snapshot";`);
  }

}
