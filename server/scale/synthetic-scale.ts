import { Client } from 'pg';
import { nationalIdCheckCharacter } from '../modules/staff/national-id';
import { seededRandom } from '../seed/synthetic-people';
import { type Level, type PlannedInstitution, planProvince, SYNTHETIC_MARKER } from './province-plan';

export interface ScaleTarget {
  /** Active synthetic staff to add, spread over the synthetic institutions. */
  staff: number;
}

export interface ScaleResult {
  addedInstitutions: number;
  addedStaff: number;
  openAlerts: number;
  seconds: number;
}

const institutionBatch = 5_000;
const staffBatch = 25_000;
/** Synthetic people are born 1960-1977, before any seeded person (1978-1990), so their ID numbers cannot collide. */
const birthDays = 6_574;
const birthDates = Array.from({ length: birthDays }, (_, day) => new Date(Date.UTC(1960, 0, 1) + day * 86_400_000).toISOString().slice(0, 10));
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗龙田石韦潘冉梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕蒋蔡贾丁魏薛叶阎余杜戴夏钟汪任姜范方'.split('');
const givenNames = ['伟', '芳', '敏', '静', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '霞', '平', '刚', '丽', '鹏', '婷', '俊', '华', '晓东', '建国', '海燕', '文静', '志强', '小红', '晓燕', '德贵', '红梅', '国华', '永红', '建华', '光明', '世杰', '玉兰', '春花', '正华', '兴旺'];
const educations = ['BACHELOR', 'BACHELOR', 'BACHELOR', 'JUNIOR_COLLEGE', 'JUNIOR_COLLEGE', 'MASTER', 'SECONDARY', 'DOCTORATE'];

/** Triggers that keep staffing cells, alerts and statistics versions as rows change: off during the load, their work done once in bulk. */
const countingTriggers: [table: string, trigger: string][] = [
  ['staff', 'staff_cells_inserted'],
  ['staff', 'staff_cells_updated'],
  ['staff', 'staff_cells_deleted'],
  ['quota', 'quota_staffing_cell'],
  ['establishment_approval', 'approval_staffing_cells'],
  ['institution', 'institution_facts_changed'],
];
const cellTriggers: [table: string, trigger: string][] = [
  ['staffing_cell', 'staffing_cell_changed'],
  ['staffing_cell', 'staffing_cell_alerts'],
];

function log(started: number, message: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}`);
}

/**
 * A person's ID number: the bureau's region code, a birth date in 1960-1977 and
 * an order, from the bureau's running count. order = n mod 1000 and the day
 * shifted by it, so that each pair is drawn once (6.5 million per bureau) and
 * neighbours differ in gender and birth date.
 */
function nationalId(regionCode: string, n: number): { nationalId: string; birthDate: string; male: boolean } {
  const order = n % 1000;
  const birthDate = birthDates[(Math.floor(n / 1000) + order * 37) % birthDays];
  const first17 = `${regionCode}${birthDate.slice(0, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${String(order).padStart(3, '0')}`;
  return { nationalId: first17 + nationalIdCheckCharacter(first17), birthDate, male: order % 2 === 1 };
}

function bodyHead(body: string): string {
  if (body.endsWith('科')) return `${body}科长`;
  if (body.endsWith('处')) return `${body}处长`;
  if (body.endsWith('室')) return `${body}主任`;
  return `${body}负责人`;
}

async function insertInstitutions(client: Client, rows: PlannedInstitution[], ids: number[]): Promise<void> {
  for (let start = 0; start < rows.length; start += institutionBatch) {
    const batch = rows.slice(start, start + institutionBatch);
    const { rows: inserted } = await client.query<{ id: number; credit_code: string }>(
      `insert into institution (bureau_id, name, short_name, credit_code, kind, nature, rank, funding, supervising_institution_id, is_egov_body, status, established_on, duties, created_at, updated_at)
       select bureau_id, name, short_name, credit_code, kind, nature, rank, funding, supervisor, false, 'ACTIVE', established_on, $10, now(), now()
         from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $11::date[])
           as input(bureau_id, name, short_name, credit_code, kind, nature, rank, funding, supervisor, established_on)
       returning id, credit_code`,
      [
        batch.map((row) => row.bureau.id),
        batch.map((row) => row.name),
        batch.map((row) => row.shortName),
        batch.map((row) => row.creditCode),
        batch.map((row) => row.kind),
        batch.map((row) => row.nature),
        batch.map((row) => row.rank),
        batch.map((row) => row.funding),
        batch.map((row) => (row.supervisor === null ? row.supervisorId : ids[row.supervisor])),
        SYNTHETIC_MARKER,
        batch.map((row) => row.establishedOn),
      ],
    );
    const byCode = new Map(inserted.map((row) => [row.credit_code, row.id]));
    for (const row of batch) ids[row.index] = byCode.get(row.creditCode)!;
  }
}

async function insertApprovals(client: Client, plan: PlannedInstitution[], ids: number[]): Promise<number[]> {
  const approvals: number[] = [];
  for (let start = 0; start < plan.length; start += institutionBatch) {
    const batch = plan.slice(start, start + institutionBatch);
    const { rows: inserted } = await client.query<{ id: number; institution_id: number }>(
      `insert into establishment_approval (institution_id, document_number, approved_on, main_functions, internal_body_names, principal_positions, deputy_positions, internal_head_positions, created_at, updated_at)
       select institution_id, document_number, approved_on, $8, internal_body_names::jsonb, principal, deputy, internal_head, now(), now()
         from unnest($1::int[], $2::text[], $3::date[], $4::text[], $5::int[], $6::int[], $7::int[])
           as input(institution_id, document_number, approved_on, internal_body_names, principal, deputy, internal_head)
       returning id, institution_id`,
      [
        batch.map((row) => ids[row.index]),
        batch.map((row) => row.documentNumber),
        batch.map((row) => `${row.documentNumber.match(/〔(\d{4})〕/)![1]}-03-01`),
        batch.map((row) => JSON.stringify(row.internalBodies)),
        batch.map((row) => row.principalPositions),
        batch.map((row) => row.deputyPositions),
        batch.map((row) => row.internalHeadPositions),
        SYNTHETIC_MARKER,
      ],
    );
    const byInstitution = new Map(inserted.map((row) => [row.institution_id, row.id]));
    for (const row of batch) approvals[row.index] = byInstitution.get(ids[row.index])!;
  }
  return approvals;
}

async function insertBodiesAndQuotas(client: Client, plan: PlannedInstitution[], ids: number[], approvals: number[]): Promise<{ bodies: number; quotas: number }> {
  const bodies = { institution: [] as number[], name: [] as string[] };
  const quotas = { institution: [] as number[], category: [] as string[], approved: [] as number[], document: [] as string[], effective: [] as string[], approval: [] as number[] };
  for (const row of plan) {
    for (const name of row.internalBodies) {
      bodies.institution.push(ids[row.index]);
      bodies.name.push(name);
    }
    for (const quota of row.quotas) {
      quotas.institution.push(ids[row.index]);
      quotas.category.push(quota.category);
      quotas.approved.push(quota.approved);
      quotas.document.push(row.documentNumber);
      quotas.effective.push(`${row.documentNumber.match(/〔(\d{4})〕/)![1]}-03-01`);
      quotas.approval.push(approvals[row.index]);
    }
  }
  await client.query(
    `insert into internal_body (institution_id, name, created_at, updated_at)
     select institution_id, name, now(), now() from unnest($1::int[], $2::text[]) as input(institution_id, name)`,
    [bodies.institution, bodies.name],
  );
  await client.query(
    `insert into quota (institution_id, category, approved_headcount, document_number, effective_on, approval_id, created_at, updated_at)
     select institution_id, category, approved, document_number, effective_on, approval_id, now(), now()
       from unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::date[], $6::int[]) as input(institution_id, category, approved, document_number, effective_on, approval_id)`,
    [quotas.institution, quotas.category, quotas.approved, quotas.document, quotas.effective, quotas.approval],
  );
  return { bodies: bodies.institution.length, quotas: quotas.institution.length };
}

interface StaffColumns {
  institution: number[];
  category: string[];
  name: string[];
  gender: string[];
  nationalId: string[];
  birthDate: string[];
  education: string[];
  position: string[];
  tier: (string | null)[];
  hiredOn: string[];
}

function emptyColumns(): StaffColumns {
  return { institution: [], category: [], name: [], gender: [], nationalId: [], birthDate: [], education: [], position: [], tier: [], hiredOn: [] };
}

/** The batch in national ID order: both indexes on national_id are then filled page by page rather than at random. */
function sortedByNationalId(columns: StaffColumns): StaffColumns {
  const order = columns.nationalId.map((_, index) => index).sort((a, b) => (columns.nationalId[a] < columns.nationalId[b] ? -1 : 1));
  const sorted = emptyColumns();
  for (const key of Object.keys(columns) as (keyof StaffColumns)[]) (sorted[key] as unknown[]) = order.map((index) => columns[key][index]);
  return sorted;
}

/** The people of each institution, leaders first, as column arrays of up to `staffBatch` rows, sent while the next batch is built. */
async function insertStaff(client: Client, plan: PlannedInstitution[], ids: number[], total: number, started: number): Promise<void> {
  const random = seededRandom(19_600_101);
  const counters = new Map<string, number>();
  let columns = emptyColumns();
  let pending: Promise<unknown> | null = null;
  let sent = 0;
  let reported = 0;
  const flush = async (): Promise<void> => {
    if (pending) await pending;
    const batch = sortedByNationalId(columns);
    columns = emptyColumns();
    sent += batch.institution.length;
    if (sent - reported >= 100_000 || sent === total) {
      reported = sent;
      log(started, `staff ${sent.toLocaleString('en')} / ${total.toLocaleString('en')}`);
    }
    pending = client.query(
      `insert into staff (institution_id, quota_category, name, gender, national_id, birth_date, education, position, leadership_tier, hired_on, status, created_at, updated_at)
       select institution_id, quota_category, name, gender, national_id, birth_date, education, position, leadership_tier, hired_on, 'ACTIVE', now(), now()
         from unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::date[])
           as input(institution_id, quota_category, name, gender, national_id, birth_date, education, position, leadership_tier, hired_on)`,
      [batch.institution, batch.category, batch.name, batch.gender, batch.nationalId, batch.birthDate, batch.education, batch.position, batch.tier, batch.hiredOn],
    );
  };
  for (const row of plan) {
    const code = row.bureau.code;
    let n = counters.get(code) ?? 0;
    const leaders: [string, string | null][] = [];
    for (let i = 0; i < row.principals; i += 1) leaders.push([row.head, 'PRINCIPAL']);
    for (let i = 0; i < row.deputies; i += 1) leaders.push([`副${row.head}`, 'DEPUTY']);
    for (let i = 0; i < row.internalHeads; i += 1) leaders.push([bodyHead(row.internalBodies[i % row.internalBodies.length]), 'INTERNAL_BODY_HEAD']);
    let person = 0;
    for (const quota of row.quotas) {
      for (let i = 0; i < quota.active; i += 1, person += 1) {
        const id = nationalId(code, n);
        n += 1;
        const leader = person < leaders.length && quota === row.quotas[0] ? leaders[person] : null;
        columns.institution.push(ids[row.index]);
        columns.category.push(quota.category);
        columns.name.push(surnames[Math.floor(random() * surnames.length)] + givenNames[Math.floor(random() * givenNames.length)]);
        columns.gender.push(id.male ? 'MALE' : 'FEMALE');
        columns.nationalId.push(id.nationalId);
        columns.birthDate.push(id.birthDate);
        columns.education.push(educations[Math.floor(random() * educations.length)]);
        columns.position.push(leader ? leader[0] : quota.category === 'LOGISTICS' ? '工勤人员' : row.member);
        columns.tier.push(leader ? leader[1] : null);
        columns.hiredOn.push(`${Number(id.birthDate.slice(0, 4)) + 22}-08-01`);
        if (columns.institution.length === staffBatch) await flush();
      }
    }
    counters.set(code, n);
  }
  if (columns.institution.length > 0) await flush();
  if (pending) await pending;
}

/**
 * Builds a province at real scale on top of the seeded registry: about 40,000
 * institutions (organs with internal bodies, township bodies, public
 * institutions under their departments), each with a current 三定 and quotas,
 * and `target.staff` active people, some institutions over their quota or
 * positions. Rows go in as arrays to `insert … select from unnest(…)` in one
 * transaction, with the row triggers on staffing cells off; the cells are then
 * recomputed once, the over ones touched with the alert trigger back on so
 * that their alerts are raised, and every bureau's statistics version bumped.
 * Idempotent: when synthetic institutions are present it does nothing.
 */
export async function fillToScale(databaseUrl: string, target: ScaleTarget): Promise<ScaleResult> {
  const started = Date.now();
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [{ present }] } = await client.query<{ present: boolean }>('select exists (select 1 from institution where duties = $1) as present', [SYNTHETIC_MARKER]);
    if (present) {
      log(started, 'synthetic institutions are present already: nothing to do');
      return { addedInstitutions: 0, addedStaff: 0, openAlerts: 0, seconds: (Date.now() - started) / 1000 };
    }
    const { rows: bureaus } = await client.query<{ id: number; code: string; divisionName: string; level: Level }>(
      'select id, code, division_name as "divisionName", level from bureau order by code',
    );
    const { rows: named } = await client.query<{ key: string; id: number }>(`select bureau_id || chr(9) || name as key, id from institution where status = 'ACTIVE'`);
    const plan = planProvince(bureaus, target.staff, new Map(named.map((row) => [row.key, row.id])));
    log(started, `planned ${plan.length.toLocaleString('en')} institutions in ${bureaus.length} bureaus, ${target.staff.toLocaleString('en')} staff`);

    await client.query('begin');
    await client.query('set local synchronous_commit = off');
    await client.query(`set local work_mem = '256MB'`);
    for (const [table, trigger] of [...countingTriggers, ...cellTriggers]) await client.query(`alter table ${table} disable trigger ${trigger}`);
    const ids: number[] = new Array(plan.length);
    // Supervising institutions (organs, townships) first, then those they supervise.
    // A supervisor already in the registry is at hand (supervisorId).
    await insertInstitutions(client, plan.filter((row) => row.supervisor === null), ids);
    await insertInstitutions(client, plan.filter((row) => row.supervisor !== null), ids);
    log(started, `institutions ${plan.length.toLocaleString('en')}`);
    const approvals = await insertApprovals(client, plan, ids);
    log(started, `approvals ${approvals.length.toLocaleString('en')}`);
    const { bodies, quotas } = await insertBodiesAndQuotas(client, plan, ids, approvals);
    log(started, `approvals ${approvals.length.toLocaleString('en')}, internal bodies ${bodies.toLocaleString('en')}, quotas ${quotas.toLocaleString('en')}`);
    await insertStaff(client, plan, ids, target.staff, started);

    for (const [table, trigger] of countingTriggers) await client.query(`alter table ${table} enable trigger ${trigger}`);
    await client.query('select recompute_staffing_cells()');
    log(started, 'staffing cells recomputed');
    // The alert trigger fires on insert or update of a cell: touch the over cells with it on, and fire it now
    // (a table with pending deferred trigger events cannot be altered).
    await client.query('alter table staffing_cell enable trigger staffing_cell_alerts');
    await client.query('update staffing_cell set active = active where active > approved');
    await client.query('set constraints staffing_cell_alerts immediate');
    await client.query('alter table staffing_cell enable trigger staffing_cell_changed');
    await client.query(
      `insert into bureau_staffing_version as versions (bureau_id, version) select id, 1 from bureau
       on conflict (bureau_id) do update set version = versions.version + 1`,
    );
    const { rows: [{ open }] } = await client.query<{ open: number }>('select count(*)::int as open from quota_alert where resolved_at is null');
    await client.query('commit');
    log(started, `committed; ${open.toLocaleString('en')} open alerts`);
    // Vacuumed as well as analyzed, as autovacuum would leave a registry in steady use: without a visibility
    // map, every index-only scan (a subtree's staff count) visits each row's page, and the benchmark measures the fill.
    await client.query('vacuum (analyze)');
    log(started, 'vacuumed and analyzed');
    return { addedInstitutions: plan.length, addedStaff: target.staff, openAlerts: open, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
