import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '../../server/repository-root';

/** What every benchmark report records of the machine it ran on, with its load average (1, 5, 15 min) as the report is written: the machine is shared. */
export function machineFacts() {
  return { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100) };
}

/**
 * Saves a benchmark's report as bench/results/<kind>-<date>.json, kept, and as
 * the latest of its kind, which the README quotes; the kept file's path.
 */
export function saveBenchReport(kind: string, latestFile: string, report: { date: string }): string {
  const folder = path.join(repositoryRoot, 'bench', 'results');
  fs.mkdirSync(folder, { recursive: true });
  const text = `${JSON.stringify(report, null, 2)}\n`;
  const file = path.join(folder, `${kind}-${report.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(folder, latestFile), text);
  return file;
}
