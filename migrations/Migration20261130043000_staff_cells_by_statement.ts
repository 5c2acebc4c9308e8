import { Migration } from '@mikro-orm/migrations';

/** The cells (per institution and quota category or leadership tier) a set of staff rows fills, one row per person and cell, +1 or -1 each. */
const filledCells = (rows: string, delta: number) => `
          select institution_id, 'CATEGORY' as dimension, quota_category as key, ${delta} as delta from ${rows} where status = 'ACTIVE'
          union all
          select institution_id, 'TIER', leadership_tier, ${delta} from ${rows} where status = 'ACTIVE' and leadership_tier is not null`;

/** Adds the net change of each cell the statement moved, in one upsert in key order: cells that net to nothing are not touched. */
const countingFunction = (name: string, changes: string) => `
      create function ${name}() returns trigger language plpgsql as $$
      begin
        insert into staffing_cell as cells (institution_id, dimension, key, active)
        select institution_id, dimension, key, sum(delta) from (${changes}) as changed
         group by institution_id, dimension, key having sum(delta) <> 0
         order by institution_id, dimension, key
        on conflict (institution_id, dimension, key) do update set active = cells.active + excluded.active;
        return null;
      end $$;`;

/**
 * Staff are counted into the staffing cells once per statement, not once per
 * row: a statement's new and old rows (its transition tables) are summed per
 * cell and each cell moved once. The counting is the same for one person as
 * before; for an import of 100,000 people it is a few thousand cell updates,
 * each raising the bureau's staffing version and evaluating the cell's alert
 * once, where per row it was 100,000 of each on a few hot rows.
 */
export class Migration20261130043000_staff_cells_by_statement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger "staff_staffing_cells" on "staff";`);
    this.addSql(`drop function staff_staffing_cells();`);
    this.addSql(countingFunction('staff_cells_after_insert', filledCells('new_rows', 1)));
    this.addSql(countingFunction('staff_cells_after_update', `${filledCells('new_rows', 1)} union all ${filledCells('old_rows', -1)}`));
    this.addSql(countingFunction('staff_cells_after_delete', filledCells('old_rows', -1)));
    this.addSql(`create trigger "staff_cells_inserted" after insert on "staff" referencing new table as new_rows for each statement execute function staff_cells_after_insert();`);
    this.addSql(`create trigger "staff_cells_updated" after update on "staff" referencing old table as old_rows new table as new_rows for each statement execute function staff_cells_after_update();`);
    this.addSql(`create trigger "staff_cells_deleted" after delete on "staff" referencing old table as old_rows for each statement execute function staff_cells_after_delete();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "staff_cells_inserted" on "staff";`);
    this.addSql(`drop trigger "staff_cells_updated" on "staff";`);
    this.addSql(`drop trigger "staff_cells_deleted" on "staff";`);
    this.addSql(`drop function staff_cells_after_insert();`);
    this.addSql(`drop function staff_cells_after_update();`);
    this.addSql(`drop function staff_cells_after_delete();`);
    this.addSql(`
      create function staff_staffing_cells() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.status = 'ACTIVE' then
          update staffing_cell set active = active - 1
           where institution_id = old.institution_id
             and ((dimension = 'CATEGORY' and key = old.quota_category) or (dimension = 'TIER' and key = old.leadership_tier));
        end if;
        if tg_op in ('INSERT', 'UPDATE') and new.status = 'ACTIVE' then
          insert into staffing_cell as cells (institution_id, dimension, key, active)
          values (new.institution_id, 'CATEGORY', new.quota_category, 1)
          on conflict (institution_id, dimension, key) do update set active = cells.active + 1;
          if new.leadership_tier is not null then
            insert into staffing_cell as cells (institution_id, dimension, key, active)
            values (new.institution_id, 'TIER', new.leadership_tier, 1)
            on conflict (institution_id, dimension, key) do update set active = cells.active + 1;
          end if;
        end if;
        return null;
      end
      $$;`);
    this.addSql(`create trigger "staff_staffing_cells" after insert or delete or update of "institution_id", "quota_category", "status", "leadership_tier" on "staff" for each row execute function staff_staffing_cells();`);
  }
}
