import type { ImportProgress, ImportReport } from '../../../server/modules/registers/import-report';
import { readSession } from '../graphql/session';
import type { ServerError } from '../i18n/server-errors';
import type { RegisterName } from './register-names';

export type { ImportReport };
export type RowProblem = ImportReport['problems'][number];

/** Where an upload stands: the file going up, then the server's own steps (its NDJSON progress lines). */
export type UploadStep = { phase: 'uploading'; sent: number; total: number } | ImportProgress;

/**
 * The server's last word on an upload: the report, and errors when it refused
 * the file or the commit (a refused commit still carries its report).
 */
export interface UploadAnswer {
  status: number;
  report?: ImportReport;
  errors?: ServerError[];
}

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One NDJSON line, or null for a line that is not (yet) one. */
function parseLine(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * Uploads a workbook to a bureau's register with the session's bearer
 * token: a dry run, or the commit. XMLHttpRequest rather than fetch, for its
 * upload progress events; its response text grows as the server streams its
 * progress lines, each handed to `onStep` as it arrives, and the last line is
 * the answer. Before the upload is taken (a refusal for the account, the
 * bureau or the size) the server answers plain JSON with its status.
 */
export function uploadRegister(register: RegisterName, code: string, file: File, commit: boolean, onStep: (step: UploadStep) => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/registers/${code}/${register}${commit ? '?commit=true' : ''}`);
    const token = readSession()?.token;
    if (token) request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('content-type', xlsxType);
    request.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    request.setRequestHeader('accept', 'application/x-ndjson');
    request.upload.onprogress = (event) => onStep({ phase: 'uploading', sent: event.loaded, total: event.lengthComputable ? event.total : file.size });
    let read = 0;
    const readLines = () => {
      const text = request.responseText;
      const end = text.lastIndexOf('\n');
      if (end < read) return;
      for (const line of text.slice(read, end).split('\n')) {
        const progress = parseLine(line)?.progress;
        if (progress) onStep(progress as ImportProgress);
      }
      read = end + 1;
    };
    request.onprogress = readLines;
    request.onload = () => {
      readLines();
      const lines = request.responseText.trim().split('\n');
      const last = parseLine(lines[lines.length - 1] ?? '') as Omit<UploadAnswer, 'status'> | null;
      if (!last || (!last.report && !last.errors)) {
        resolve({ status: request.status, errors: [{ message: request.statusText, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        return;
      }
      resolve({ status: request.status, report: last.report, errors: last.errors });
    };
    request.onerror = () => reject(new Error('network'));
    request.send(file);
  });
}
