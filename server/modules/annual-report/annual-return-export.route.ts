import { Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import { isReasonedError, sendError } from '../../http/route-errors';
import type { ServerServices } from '../../context';
import { reasonedError, unauthenticated } from '../../errors';
import { Jurisdiction } from '../access/jurisdiction';
import { authenticate } from '../access/principal';
import { Bureau } from '../bureau/bureau.entity';
import { AnnualReturnStatus } from './annual-return-status';
import { AnnualReturn } from './annual-return.entity';
import { ReportingPeriod } from './reporting-period.entity';
import { returnDocument } from './return-document';
import { returnWorkbook } from './return-workbook';

/** Where the exports are served: `/exports/annual-returns/<year>/<division code>.json` or `.xlsx`. */
export const exportsPath = '/exports/annual-returns';

/**
 * An accepted return for the central office (JSON, in the shape of
 * schema/annual-return.schema.json) and for people (XLSX, a sheet per table),
 * to any account whose jurisdiction holds the bureau, with the same bearer
 * token as the API; a bureau outside the jurisdiction reads as one with no
 * return.
 */
export function annualReturnExports(services: ServerServices, schema: GraphQLSchema): Router {
  const router = Router();
  router.get(`${exportsPath}/:year/:file`, async (request, response, next) => {
    try {
      const match = /^(\d{6})\.(json|xlsx)$/.exec(request.params.file);
      const notFound = reasonedError('RECORD_NOT_FOUND', { entity: 'annual return', id: `${request.params.year}/${match?.[1] ?? request.params.file}` });
      // A year of four digits, as a reporting period's is: anything else names no return (and could not be bound to the column).
      if (!match || !/^\d{4}$/.test(request.params.year)) return sendError(response, notFound);
      const year = Number(request.params.year);
      const { principal } = await authenticate(services.reads, request.headers.authorization, false, services.principals);
      if (!principal) return sendError(response, unauthenticated('LOGIN_REQUIRED'));
      const [code, extension] = [match[1], match[2]];
      const reads = services.reads;
      const [row] = await reads.rows<Record<string, unknown> & { period_row: Record<string, unknown>; bureau_row: Record<string, unknown> }>(
        `select annual_return.*, to_json(reporting_period) as period_row, to_json(bureau) as bureau_row
           from annual_return join reporting_period on reporting_period.id = annual_return.period_id join bureau on bureau.id = annual_return.bureau_id
          where reporting_period.year = $1 and bureau.code = $2`,
        [year, code],
      );
      const bureau = row && reads.reader(Bureau).read(row.bureau_row);
      if (!row || !new Jurisdiction(principal).includes(bureau.path)) return sendError(response, notFound);
      const annualReturn = reads.reader(AnnualReturn).read(row);
      if (annualReturn.status !== AnnualReturnStatus.ACCEPTED) return sendError(response, reasonedError('RETURN_STATUS_FORBIDS', { status: annualReturn.status }));
      const document = returnDocument(annualReturn, reads.reader(ReportingPeriod).read(row.period_row), bureau);
      const name = `annual-return-${year}-${code}.${extension}`;
      response.set('cache-control', 'no-store').attachment(name);
      if (extension === 'json') response.type('application/json').send(`${JSON.stringify(document, null, 2)}\n`);
      else response.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(await returnWorkbook(document, schema));
    } catch (error) {
      if (isReasonedError(error)) sendError(response, error);
      else next(error);
    }
  });
  return router;
}
