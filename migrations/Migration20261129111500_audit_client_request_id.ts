import { Migration } from '@mikro-orm/migrations';

export class Migration20261129111500_audit_client_request_id extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_entry" add column "client_request_id" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_entry" drop column "client_request_id";`);
  }

}
