import { Migration } from '@mikro-orm/migrations';

export class Migration20261129155044_staff_exits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "staff" add column "exit_reason" text check ("exit_reason" in ('RETIREMENT', 'RESIGNATION', 'DISMISSAL', 'DEATH', 'TRANSFER_OUT')) null, add column "exited_on" date null, add column "exit_document_number" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "staff" drop column "exit_reason", drop column "exited_on", drop column "exit_document_number";`);
  }

}
