import express, { Router, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ServerServices } from '../../context';
import { reasonedError, unauthenticated } from '../../errors';
import { errorBody, isReasonedError, sendError } from '../../http/route-errors';
import { Jurisdiction } from '../access/jurisdiction';
import { authenticate, type Principal } from '../access/principal';
import { Bureau } from '../bureau/bureau.entity';
import type { ImportProgress } from './import-report';
import { ColumnTerms } from './register-columns';
import { ImportRefused } from './import-report';
import { registerKinds } from './register-kinds';
import { workbookLimits } from './workbook/workbook-limits';
import { writeWorkbook } from './workbook/write-workbook';
import type { SheetSpec } from './workbook/workbook-types';

/** Where the registers are exchanged: `/registers/templates/<register>.xlsx`, `/registers/<division code>/<register>.xlsx` (GET exports) and `/registers/<division code>/<register>` (POST imports), the register being staff or institutions. */
export const registersPath = '/registers';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The upload's name as the client gave it in `x-file-name`, URI-encoded (a header holds no Chinese); as sent when it is not. */
function fileNameOf(request: Request): string {
  const given = String(request.headers['x-file-name'] ?? 'upload.xlsx');
  try {
    return decodeURIComponent(given);
  } catch {
    return given;
  }
}

/** The caller's account, or a 401 already sent. */
async function caller(services: ServerServices, request: Request, response: Response): Promise<Principal | null> {
  const { principal } = await authenticate(services.reads, request.headers.authorization, false, services.principals);
  if (!principal) sendError(response, unauthenticated('LOGIN_REQUIRED'));
  return principal;
}

/** A bureau by division code within the caller's jurisdiction; outside it, exactly as no such bureau (a 404 already sent). */
async function bureauInJurisdiction(services: ServerServices, principal: Principal, code: string, response: Response): Promise<Bureau | null> {
  const [row] = /^\d{6}$/.test(code) ? await services.reads.rows<Record<string, unknown>>('select * from bureau where code = $1', [code]) : [];
  const bureau = row ? services.reads.reader(Bureau).read(row) : null;
  if (bureau && new Jurisdiction(principal).includes(bureau.path)) return bureau;
  sendError(response, reasonedError('RECORD_NOT_FOUND', { entity: 'bureau', id: code }));
  return null;
}

async function sendWorkbook(response: Response, name: string, sheets: SheetSpec[]): Promise<void> {
  response.set('cache-control', 'no-store').attachment(name).type(xlsxType);
  await writeWorkbook(response, sheets);
  response.end();
}

/**
 * The upload's answer. A client that accepts `application/x-ndjson` is sent
 * progress lines while the import works, then the report or the errors as the
 * last line, all with status 200 once the upload is taken; any other gets the
 * last line alone as JSON, with the status its errors mean.
 */
class ImportAnswer {
  private lastProgressAt = 0;

  constructor(
    private readonly response: Response,
    private readonly streams: boolean,
  ) {
    if (streams) response.status(200).set('cache-control', 'no-store').type('application/x-ndjson');
  }

  progress(step: ImportProgress): void {
    if (!this.streams) return;
    const now = Date.now();
    if (step.phase !== 'writing' && now - this.lastProgressAt < 200) return;
    this.lastProgressAt = now;
    this.response.write(`${JSON.stringify({ progress: step })}\n`);
  }

  finish(body: Record<string, unknown>, status = 200): void {
    if (this.streams) this.response.end(`${JSON.stringify(body)}\n`);
    else this.response.status(status).set('cache-control', 'no-store').json(body);
  }
}

/**
 * The registers as workbooks: the template, a bureau's export (to any account
 * whose jurisdiction holds it; ID numbers masked and birth dates left out for
 * a role that does not see personal data), and the import (administrators,
 * within their jurisdiction): a dry run by default, `?commit=true` to write.
 */
export function registerRoutes(orm: MikroORM, services: ServerServices, schema: GraphQLSchema): Router {
  const router = Router();
  const terms = new ColumnTerms(schema);

  const kindOf = (name: string, response: Response) => {
    const kind = registerKinds.get(name);
    if (!kind) sendError(response, reasonedError('ROUTE_NOT_FOUND', { method: response.req.method, path: response.req.path }), 404);
    return kind;
  };

  router.get(`${registersPath}/templates/:register.xlsx`, async (request, response, next) => {
    try {
      const kind = kindOf(request.params.register, response);
      if (!kind || !(await caller(services, request, response))) return;
      await sendWorkbook(response, `${kind.name}-register-template.xlsx`, kind.sheets(terms));
    } catch (error) {
      next(error);
    }
  });

  router.get(`${registersPath}/:code/:register.xlsx`, async (request, response, next) => {
    try {
      const kind = kindOf(request.params.register, response);
      const principal = kind && (await caller(services, request, response));
      const bureau = principal && (await bureauInJurisdiction(services, principal, request.params.code, response));
      if (!kind || !principal || !bureau) return;
      const seesPersonalData = new Jurisdiction(principal).seesPersonalData;
      await sendWorkbook(response, `${kind.name}-register-${bureau.code}.xlsx`, kind.sheets(terms, { em: orm.em.fork(), bureauId: bureau.id, seesPersonalData }));
    } catch (error) {
      next(error);
    }
  });

  router.post(
    `${registersPath}/:code/:register`,
    (request, response, next) => {
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > workbookLimits.uploadBytes) return sendError(response, reasonedError('WORKBOOK_TOO_LARGE', { limit: 'upload size', maximum: workbookLimits.uploadBytes }), 413);
      next();
    },
    express.raw({ type: () => true, limit: workbookLimits.uploadBytes }),
    async (request, response, next) => {
      try {
        const kind = kindOf(request.params.register, response);
        const principal = kind && (await caller(services, request, response));
        if (!kind || !principal) return;
        const jurisdiction = new Jurisdiction(principal);
        if (!jurisdiction.canWrite) return sendError(response, reasonedError('ROLE_READS_ONLY', { operation: kind.operation, role: principal.role }));
        const bureau = await bureauInJurisdiction(services, principal, request.params.code, response);
        if (!bureau) return;
        const file = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const fileName = fileNameOf(request).slice(0, 200);
        const answer = new ImportAnswer(response, request.accepts(['application/json', 'application/x-ndjson']) === 'application/x-ndjson');
        try {
          const report = await kind.importFile(orm.em, terms, {
            bureau,
            file,
            fileName,
            commit: request.query.commit === 'true',
            actor: jurisdiction.actor,
            origin: { requestId: response.locals.requestId as string, clientRequestId: response.locals.clientRequestId as string | null },
            progress: (step) => answer.progress(step),
          });
          answer.finish({ report });
        } catch (error) {
          if (error instanceof ImportRefused) return answer.finish({ report: error.report, errors: [errorBody(response, reasonedError('IMPORT_HAS_PROBLEMS', { problems: error.report.errors }))] }, 409);
          if (!isReasonedError(error)) throw error;
          answer.finish({ errors: [errorBody(response, error)] }, error.extensions.code === 'CONFLICT' ? 409 : 400);
        }
      } catch (error) {
        next(error);
      }
    },
  );
  return router;
}
