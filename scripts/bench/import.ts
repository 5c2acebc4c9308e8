import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { logInAsDemo } from '../../tests/support/http-client';
import { makeNationalId } from '../../server/modules/staff/national-id';
import { writeWorkbook } from '../../server/modules/registers/workbook/write-workbook';
import { staffColumns, staffSheet } from '../../server/modules/registers/staff-register';
import { sheetColumns } from '../../server/modules/registers/register-columns';
import type { CellValue } from '../../server/modules/registers/workbook/workbook-types';
import { prepareBenchDatabase, startBenchServer, stopBenchServer } from './bench-server';
import { machineFacts, saveBenchReport } from './results';

const { values: options } = parseArgs({ options: { staff: { type: 'string', default: '1000000' }, rows: { type: 'string', default: '100000' } } });

/** One of the server's memory figures in /proc (VmHWM, its peak resident memory so far; VmRSS, now), in MB. */
function memoryMb(pid: number, figure: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`${figure}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}
const peakRssMb = (pid: number) => memoryMb(pid, 'VmHWM');

async function workbookBuffer(rows: CellValue[][]): Promise<Buffer> {
  const output = new PassThrough();
  const parts: Buffer[] = [];
  output.on('data', (chunk: Buffer) => parts.push(chunk));
  await writeWorkbook(output, [{ name: staffSheet, columns: sheetColumns(staffColumns), rows }]);
  output.end();
  return Buffer.concat(parts);
}

interface Upload {
  milliseconds: number;
  report: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  peakRssMb: number;
}

async function upload(url: string, token: string, code: string, file: Buffer, commit: boolean, pid: number): Promise<Upload> {
  const started = performance.now();
  const response = await fetch(`${url}/registers/${code}/staff${commit ? '?commit=true' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'x-file-name': 'bench-staff.xlsx' },
    body: file,
  });
  const body = (await response.json()) as { report?: Record<string, unknown>; errors?: unknown[] };
  if (!body.report || body.errors) throw new Error(`import failed (${response.status}): ${JSON.stringify(body.errors ?? body).slice(0, 500)} ${JSON.stringify(body.report?.problems ?? []).slice(0, 1500)}`);
  return { milliseconds: Math.round(performance.now() - started), report: body.report, peakRssMb: peakRssMb(pid) };
}

/**
 * npm run bench:import (also the last part of npm run bench): the staff
 * register's import at scale, on the benchmark database. A workbook of
 * `rows` new people (100,000 by default) for the county with the most
 * institutions, spread over its institutions: the dry run, the commit, and
 * the same file again (all unchanged), each timed end to end over HTTP, with
 * the server's peak resident memory after each. The people are deleted
 * afterwards, so that the database stays as the other benchmarks expect it.
 */
export async function benchImport(databaseUrl: string, rowCount: number): Promise<Record<string, unknown>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [county] } = await client.query<{ id: number; code: string }>(
      `select bureau.id, bureau.code from bureau join institution on institution.bureau_id = bureau.id
        where bureau.level = 'COUNTY' and institution.status = 'ACTIVE' group by bureau.id order by count(*) desc, bureau.code limit 1`,
    );
    const { rows: institutions } = await client.query<{ name: string; credit_code: string | null }>(
      `select name, credit_code from institution where bureau_id = $1 and status = 'ACTIVE' and name in (select name from institution where bureau_id = $1 group by name having count(*) = 1) order by id`,
      [county.id],
    );
    const categories = ['行政编制', '事业编制', '工勤编制'];
    const educations = ['大学本科', '大学专科', '硕士研究生', '中专及以下'];
    const rows: CellValue[][] = [];
    for (let index = 0; index < rowCount; index += 1) {
      const institution = institutions[index % institutions.length];
      // Born from 1950 on, 400 a day, a region code of no county: no one in post holds these numbers.
      const birthDate = new Date(Date.UTC(1950, 0, 1) + Math.floor(index / 400) * 86_400_000).toISOString().slice(0, 10);
      const nationalId = makeNationalId('529901', birthDate, index % 400, index % 2 ? 'FEMALE' : 'MALE');
      rows.push([institution.name, institution.credit_code, `导入基准${index}`, nationalId, null, null, categories[index % 3], educations[index % 4], '科员', null, new Date(Date.UTC(1985, 0, 1))]);
    }
    const writeStarted = performance.now();
    const file = await workbookBuffer(rows);
    const writeMilliseconds = Math.round(performance.now() - writeStarted);
    console.log(`workbook of ${rowCount} rows for ${county.code} (${institutions.length} institutions): ${(file.length / 1024 / 1024).toFixed(1)} MB, written in ${writeMilliseconds} ms`);

    const server = await startBenchServer(databaseUrl, false);
    try {
      const admin = await logInAsDemo(server.url, 'province');
      const pid = server.process.pid!;
      const rssBeforeMb = memoryMb(pid, 'VmRSS');
      console.log(`server resident memory before the import: ${rssBeforeMb} MB (peak so far ${peakRssMb(pid)} MB)`);
      const dryRun = await upload(server.url, admin, county.code, file, false, pid);
      if (dryRun.report.errors > 0) throw new Error(`the dry run found errors: ${JSON.stringify(dryRun.report.problems.filter((problem: { severity: string }) => problem.severity === 'ERROR').slice(0, 5))}`);
      console.log(`dry run: ${dryRun.milliseconds} ms, ${dryRun.report.created} to create, ${dryRun.report.errors} errors, ${dryRun.report.warnings} warnings; server peak RSS ${dryRun.peakRssMb} MB`);
      const commit = await upload(server.url, admin, county.code, file, true, pid);
      console.log(`commit: ${commit.milliseconds} ms, ${commit.report.created} created; server peak RSS ${commit.peakRssMb} MB`);
      const again = await upload(server.url, admin, county.code, file, true, pid);
      console.log(`the same file again: ${again.milliseconds} ms, ${again.report.unchanged} unchanged; server peak RSS ${again.peakRssMb} MB`);
      return {
        county: county.code,
        institutions: institutions.length,
        rows: rowCount,
        fileMegabytes: Math.round((file.length / 1024 / 1024) * 10) / 10,
        writeMilliseconds,
        serverRssBeforeMb: rssBeforeMb,
        dryRun: { milliseconds: dryRun.milliseconds, created: dryRun.report.created, errors: dryRun.report.errors, warnings: dryRun.report.warnings, serverPeakRssMb: dryRun.peakRssMb },
        commit: { milliseconds: commit.milliseconds, created: commit.report.created, serverPeakRssMb: commit.peakRssMb },
        again: { milliseconds: again.milliseconds, unchanged: again.report.unchanged, serverPeakRssMb: again.peakRssMb },
      };
    } finally {
      await stopBenchServer(server.process);
      const deleted = await client.query(`delete from staff where name like '导入基准%' and national_id like '529901%'`);
      console.log(`deleted the ${deleted.rowCount} imported people again`);
    }
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const databaseUrl = await prepareBenchDatabase(Number(options.staff));
  const loadAtStart = os.loadavg();
  const figures = await benchImport(databaseUrl, Number(options.rows));
  const file = saveBenchReport('import', 'latest-import.json', <{ date: string }>{
    date: new Date().toISOString(),
    machine: { ...machineFacts(), loadAverageAtStart: loadAtStart.map((load) => Math.round(load * 100) / 100) },
    ...figures,
  });
  console.log(`saved ${path.relative(process.cwd(), file)}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
