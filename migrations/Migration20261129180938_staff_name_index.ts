import { Migration } from '@mikro-orm/migrations';

/** Staff pages sort by name, then id (Q9 of the benchmark: a prefecture's page no longer sorts its 150,000 people). */
export class Migration20261129180938_staff_name_index extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "staff_name_id_index" on "staff" ("name", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "staff_name_id_index";`);
  }

}
