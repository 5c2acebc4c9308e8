/**
 * The statement triggers that note where a table's changed rows sit in the
 * bureau tree, for the response cache's per-subtree write counts (see
 * Migration20261129193000_subtree_generations). `places` selects bureau paths
 * from a transition table written `{rows}` (`new_rows` or `old_rows`). One
 * function per table, with static SQL: plpgsql plans it once per session,
 * where EXECUTE would plan every statement.
 */
export function subtreeNoteSql(table: string, places: string): string[] {
  const noted = (rows: string) => `insert into subtree_write (path) select distinct coalesce(place.path, '') from (${places.replaceAll('{rows}', rows)}) place(path) on conflict do nothing;`;
  return [
    `
      create function "note_${table}_subtree_writes"() returns trigger language plpgsql as $$
      begin
        if TG_OP in ('INSERT', 'UPDATE') then
          ${noted('new_rows')}
        end if;
        if TG_OP in ('UPDATE', 'DELETE') then
          ${noted('old_rows')}
        end if;
        return null;
      end $$;`,
    `create trigger "${table}_notes_subtree_inserts" after insert on "${table}" referencing new table as new_rows for each statement execute function "note_${table}_subtree_writes"();`,
    `create trigger "${table}_notes_subtree_updates" after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function "note_${table}_subtree_writes"();`,
    `create trigger "${table}_notes_subtree_deletes" after delete on "${table}" referencing old table as old_rows for each statement execute function "note_${table}_subtree_writes"();`,
    `create trigger "${table}_notes_subtree_truncate" after truncate on "${table}" for each statement execute function note_subtree_truncate();`,
  ];
}
