import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import { nationalIdCheckCharacter } from '../modules/staff/national-id';

export interface ScaleTarget {
  /** Staff the database should hold in all, seeded ones included. */
  staff: number;
  /** Synthetic units to spread them over; by default one per 40 staff. */
  units?: number;
}

const batchSize = 20_000;
/** Synthetic people are born 1960-1977, before any seeded person, so their ID numbers cannot collide. */
const birthDays = 6_574;
const firstBirthDay = Date.UTC(1960, 0, 1);

function syntheticNationalId(regionCode: string, index: number): { nationalId: string; birthDate: string; gender: 'MALE' | 'FEMALE' } {
  const birthDate = new Date(firstBirthDay + (index % birthDays) * 86_400_000).toISOString().slice(0, 10);
  const order = Math.floor(index / birthDays) % 1000;
  const first17 = `${regionCode}${birthDate.replace(/-/g, '')}${String(order).padStart(3, '0')}`;
  return { nationalId: first17 + nationalIdCheckCharacter(first17), birthDate, gender: order % 2 === 1 ? 'MALE' : 'FEMALE' };
}

async function insertUnits(client: Client, count: number, bar: SingleBar): Promise<void> {
  const { rows: bureaus } = await client.query<{ id: number; code: string }>(`select id, code from bureau where level <> 'PROVINCE' order by code`);
  const { rows: [{ existing }] } = await client.query<{ existing: number }>(`select count(*)::int as existing from egov_unit where name like '合成机构%'`);
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const index = Array.from({ length: size }, (_, offset) => existing + start + offset);
    const bureauIds = index.map((unit) => bureaus[unit % bureaus.length].id);
    const unitIds: number[] = (
      await client.query<{ id: number }>(
        `insert into egov_unit (bureau_id, name, rank, established_on, duties, created_at, updated_at)
         select bureau_id, '合成机构' || number, 'SUB_SECTION', '2013-01-01', '合成数据 (synthetic, for scale tests)', now(), now()
           from unnest($1::int[], $2::int[]) as input(bureau_id, number)
         returning id`,
        [bureauIds, index],
      )
    ).rows.map((row) => row.id);
    // Headcounts around 40 with a spread, so that some units end up over quota.
    await client.query(
      `insert into quota (unit_id, category, approved_headcount, approved_leadership_positions, document_number, effective_on, created_at, updated_at)
       select unit_id, 'PUBLIC_INSTITUTION', 36 + (unit_id % 9), 2 + (unit_id % 3), '合成编〔2013〕' || unit_id || '号', '2013-01-01', now(), now()
         from unnest($1::int[]) as input(unit_id)`,
      [unitIds],
    );
    bar.increment(size);
  }
}

async function insertStaff(client: Client, count: number, bar: SingleBar): Promise<void> {
  const { rows: units } = await client.query<{ id: number; code: string }>(
    `select unit.id, bureau.code from egov_unit unit join bureau on bureau.id = unit.bureau_id where unit.name like '合成机构%' order by unit.id`,
  );
  const { rows: [{ existing }] } = await client.query<{ existing: number }>(`select count(*)::int as existing from staff where position = '合成科员' or position = '合成主任'`);
  for (let start = 0; start < count; start += batchSize) {
    const size = Math.min(batchSize, count - start);
    const columns = { unit: [] as number[], name: [] as string[], gender: [] as string[], nationalId: [] as string[], birthDate: [] as string[], leader: [] as boolean[], status: [] as string[] };
    for (let offset = 0; offset < size; offset += 1) {
      const index = existing + start + offset;
      const unit = units[index % units.length];
      const person = syntheticNationalId(unit.code, index);
      columns.unit.push(unit.id);
      columns.name.push(`合成人员${index}`);
      columns.gender.push(person.gender);
      columns.nationalId.push(person.nationalId);
      columns.birthDate.push(person.birthDate);
      columns.leader.push(index % 13 === 0);
      columns.status.push(index % 10 === 9 ? 'RETIRED' : 'ACTIVE');
    }
    await client.query(
      `insert into staff (unit_id, quota_category, name, gender, national_id, birth_date, education, position, is_leader, hired_on, status, created_at, updated_at)
       select unit_id, 'PUBLIC_INSTITUTION', name, gender, national_id, birth_date, 'BACHELOR', case when is_leader then '合成主任' else '合成科员' end, is_leader, '2013-01-01', status, now(), now()
         from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::date[], $6::bool[], $7::text[])
           as input(unit_id, name, gender, national_id, birth_date, is_leader, status)`,
      [columns.unit, columns.name, columns.gender, columns.nationalId, columns.birthDate, columns.leader, columns.status],
    );
    bar.increment(size);
  }
}

/**
 * Fills the database up to `target.staff` staff with synthetic units and people
 * under the real tree, in bulk: rows are built in Node and sent as arrays to
 * `insert … select from unnest(…)`, 20,000 at a time, in one transaction. The
 * staffing-cell triggers are off during the load and the cells are recomputed
 * once at the end, in the same transaction.
 */
export async function fillToScale(databaseUrl: string, target: ScaleTarget): Promise<{ addedStaff: number; addedUnits: number; seconds: number }> {
  const started = Date.now();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [{ staff }] } = await client.query<{ staff: number }>('select count(*)::int as staff from staff');
    const addedStaff = Math.max(target.staff - staff, 0);
    if (addedStaff === 0) return { addedStaff: 0, addedUnits: 0, seconds: 0 };
    const { rows: [{ synthetic }] } = await client.query<{ synthetic: number }>(`select count(*)::int as synthetic from egov_unit where name like '合成机构%'`);
    const addedUnits = Math.max((target.units ?? Math.ceil(target.staff / 40)) - synthetic, synthetic === 0 ? 1 : 0);
    const bar = new SingleBar({ format: ' {task} [{bar}] {percentage}% {value}/{total} {eta_formatted} left' }, Presets.shades_classic);
    await client.query('begin');
    await client.query('alter table staff disable trigger staff_staffing_counters');
    await client.query('alter table quota disable trigger quota_staffing_cell');
    await client.query('alter table unit_staffing disable trigger unit_staffing_changed');
    await client.query('alter table egov_unit disable trigger egov_unit_placement_changed');
    bar.start(addedUnits, 0, { task: 'units' });
    await insertUnits(client, addedUnits, bar);
    bar.stop();
    bar.start(addedStaff, 0, { task: 'staff' });
    await insertStaff(client, addedStaff, bar);
    bar.stop();
    await client.query('alter table staff enable trigger staff_staffing_counters');
    await client.query('alter table quota enable trigger quota_staffing_cell');
    await client.query('select recompute_unit_staffing()');
    // Raises the alerts of the new cells now: a table with pending deferred trigger events cannot be altered.
    await client.query('set constraints staffing_cell_alerts immediate');
    await client.query('alter table unit_staffing enable trigger unit_staffing_changed');
    await client.query('alter table egov_unit enable trigger egov_unit_placement_changed');
    await client.query('update bureau_staffing_version set version = version + 1');
    await client.query('commit');
    await client.query('analyze');
    return { addedStaff, addedUnits, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
