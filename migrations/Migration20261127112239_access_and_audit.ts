import { Migration } from '@mikro-orm/migrations';

export class Migration20261127112239_access_and_audit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "occurred_at" timestamptz not null default now(), "actor_account_id" int not null, "actor_username" varchar(60) not null, "actor_role" varchar(20) not null, "operation" varchar(60) not null, "record_type" varchar(30) not null, "record_id" varchar(30) not null, "bureau_path" text not null, "previous_bureau_path" text null, "before" jsonb null, "after" jsonb null, "reason" text null, "request_id" varchar(64) null);`);
    this.addSql(`create index "audit_entry_occurred_at_index" on "audit_entry" ("occurred_at");`);
    this.addSql(`create index "audit_entry_actor_account_id_index" on "audit_entry" ("actor_account_id");`);
    this.addSql(`create index "audit_entry_bureau_path_index" on "audit_entry" ("bureau_path" text_pattern_ops);`);
    this.addSql(`create index "audit_entry_record_index" on "audit_entry" ("record_type", "record_id");`);

    this.addSql(`create table "account" ("id" serial primary key, "username" varchar(60) not null, "display_name" varchar(100) not null, "role" text check ("role" in ('PROVINCE_ADMIN', 'PREFECTURE_ADMIN', 'COUNTY_ADMIN', 'AUDITOR', 'INTEGRATOR')) not null, "bureau_id" int null, "password_hash" text null, "disabled" boolean not null default false, "created_at" timestamptz not null);`);
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);
    this.addSql(`create index "account_bureau_id_index" on "account" ("bureau_id");`);

    this.addSql(`create table "access_token" ("id" serial primary key, "account_id" int not null, "kind" text check ("kind" in ('SESSION', 'API')) not null, "label" varchar(100) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`create index "access_token_account_id_index" on "access_token" ("account_id");`);
    this.addSql(`alter table "access_token" add constraint "access_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "account" add constraint "account_bureau_id_foreign" foreign key ("bureau_id") references "bureau" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "access_token" add constraint "access_token_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    // The audit trail is append-only for everyone, the application's own role included.
    this.addSql(`
      create function refuse_audit_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit entries cannot be changed or deleted' using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_entry_append_only before update or delete on "audit_entry" for each row execute function refuse_audit_change();`);
    this.addSql(`create trigger audit_entry_no_truncate before truncate on "audit_entry" for each statement execute function refuse_audit_change();`);

    // Answers kept by the response cache (me, auditEntries) must not outlive a login, a new account or a revoked token.
    for (const table of ['account', 'access_token', 'audit_entry']) {
      this.addSql(`create trigger "${table}_raises_registry_generation" after insert or update or delete on "${table}" for each statement execute function raise_registry_generation();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['account', 'access_token', 'audit_entry']) {
      this.addSql(`drop trigger if exists "${table}_raises_registry_generation" on "${table}";`);
    }
    this.addSql(`drop trigger if exists audit_entry_no_truncate on "audit_entry";`);
    this.addSql(`drop trigger if exists audit_entry_append_only on "audit_entry";`);
    this.addSql(`drop function if exists refuse_audit_change();`);
    this.addSql(`alter table "access_token" drop constraint "access_token_account_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "access_token" cascade;`);
  }

}
