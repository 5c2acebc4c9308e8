import type { FilterQuery } from '@mikro-orm/postgresql';
import { containing, listPage, type ReadAlong } from '../../common/list';
import type { PageArguments } from '../../common/list-arguments';
import { byForeignKeyLoader, type RecordByIdLoaders } from '../../common/loader-factories';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import type { ReadPool } from '../../database/read-pool';
import { inJurisdiction, pathReadingFor } from '../access/placement';
import DataLoader from 'dataloader';
import { Bureau } from '../bureau/bureau.entity';
import { underBureau } from '../bureau/subtree';
import { referencedInJurisdiction } from '../access/record-access';
import { EstablishmentApproval } from '../establishment/establishment-approval.entity';
import { StaffingReads } from '../establishment/staffing.reads';
import { InstitutionChange } from './institution-change.entity';
import { Institution } from './institution.entity';
import type { InstitutionFilter, InstitutionSort } from './institution.inputs';
import { InternalBody } from './internal-body.entity';

// Every GraphQL read of institutions, on the read pool: the list's filter (where), the list, and the request's loaders.

export function createInstitutionLoaders(reads: ReadPool, recordById: RecordByIdLoaders) {
  return {
    institutionById: institutionsWithTheirBureaus(reads, recordById),
    subordinatesByInstitutionId: byForeignKeyLoader(reads, Institution, 'supervising_institution_id', 'name, id'),
    internalBodiesByInstitutionId: byForeignKeyLoader(reads, InternalBody, 'institution_id', 'abolished_on desc nulls first, id'),
    changesByInstitutionId: byForeignKeyLoader(reads, InstitutionChange, 'institution_id', 'decided_on desc, id desc'),
    approvalsByInstitutionId: byForeignKeyLoader(reads, EstablishmentApproval, 'institution_id', 'approved_on desc, id desc'),
    staffing: new StaffingReads(reads),
  };
}

/**
 * An institution read along another record (a staff page's rows), with its
 * bureau's path: made known to both by-id loaders and to its place check, as
 * `institutionById` makes the ones it reads, so that none reads it again.
 */
export function knownInstitution(context: Context, institution: Institution, bureauPath: string): void {
  pathReadingFor(context.reads.metadataStorage, Institution)?.remember(institution, bureauPath);
  context.loaders.institutionById.prime(institution.id, institution);
  context.loaders.recordById(Institution).prime(institution.id, institution);
}

/**
 * Institutions by id, each with its bureau in the same statement: the bureau
 * is asked for next on most paths (an institution's page, a staff record's
 * institution), and its row is the institution's place in the tree too, which
 * the jurisdiction check reads. Both are primed into the request's by-id
 * loaders, which placement and the links read.
 */
function institutionsWithTheirBureaus(reads: ReadPool, recordById: RecordByIdLoaders): DataLoader<number, Institution | null> {
  const institutions = reads.reader(Institution);
  const bureaus = reads.reader(Bureau);
  const placing = pathReadingFor(reads.metadataStorage, Institution);
  const sql = `select institution.*, to_json(bureau) as bureau_row
                 from institution join bureau on bureau.id = institution.bureau_id
                where institution.id = any($1::int[])`;
  return new DataLoader(async (ids) => {
    const rows = await reads.rows<Record<string, unknown> & { bureau_row: Record<string, unknown> }>(sql, [ids]);
    const byId = new Map<number, Institution>();
    for (const row of rows) {
      const institution = institutions.read(row);
      const bureau = bureaus.read(row.bureau_row);
      placing?.remember(institution, bureau.path);
      recordById(Institution).prime(institution.id, institution);
      recordById(Bureau).prime(bureau.id, bureau);
      byId.set(institution.id, institution);
    }
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Institutions over in some cell, as the staffing rule (the view) says. */
async function institutionsOver(context: Context): Promise<number[]> {
  const rows = await context.reads.rows<{ institution_id: number }>('select distinct institution_id from staffing_cell_status where over');
  return rows.map((row) => row.institution_id);
}

/**
 * Institutions with a post free in some category, as the view `staffing_vacancy`
 * says: a subquery in the list's own statement, since most institutions have
 * one and their ids would not fit in a statement's parameters at scale.
 */
function institutionsWithVacancy(context: Context) {
  return context.em.getKnex().select('institution_id').from('staffing_vacancy').where('dimension', 'CATEGORY').andWhere('free', '>', 0);
}

export async function institutionWhere(context: Context, filter: InstitutionFilter | undefined): Promise<FilterQuery<Institution>> {
  const where: FilterQuery<Institution>[] = inJurisdiction(context, Institution);
  where.push(...(await underBureau(context, Institution, 'filter.underBureauId', filter?.underBureauId)));
  if (filter?.bureauId != null) where.push({ bureau: parseId('filter.bureauId', filter.bureauId) });
  if (filter?.kind != null) where.push({ kind: filter.kind });
  if (filter?.nature != null) where.push({ nature: filter.nature });
  if (filter?.rank != null) where.push({ rank: filter.rank });
  if (filter?.supervisingInstitutionId != null) {
    where.push({ supervisingInstitution: (await referencedInJurisdiction(context, Institution, 'filter.supervisingInstitutionId', filter.supervisingInstitutionId)).id });
  }
  if (filter?.topLevel != null) where.push({ supervisingInstitution: filter.topLevel ? null : { $ne: null } });
  if (filter?.nameContains) {
    const pattern = containing(filter.nameContains);
    where.push({ $or: [{ name: { $like: pattern } }, { shortName: { $like: pattern } }] });
  }
  if (filter?.creditCode) where.push({ creditCode: filter.creditCode.trim().toUpperCase() });
  if (filter?.overStaffed != null) where.push({ id: { [filter.overStaffed ? '$in' : '$nin']: await institutionsOver(context) } });
  if (filter?.hasVacancy != null) where.push({ id: { [filter.hasVacancy ? '$in' : '$nin']: institutionsWithVacancy(context) } });
  if (filter?.isEgovBody != null) where.push({ isEgovBody: filter.isEgovBody });
  const statuses = filter?.statuses ?? ['ACTIVE'];
  if (statuses.length > 0) where.push({ status: { $in: statuses } } as FilterQuery<Institution>);
  return where.length === 0 ? {} : { $and: where };
}

/** A page of institutions matching the filter, in the order asked for. */
export async function listInstitutions(
  context: Context,
  page: PageArguments,
  filter: InstitutionFilter | undefined,
  order: InstanceType<typeof InstitutionSort>,
  along?: ReadAlong,
): Promise<{ items: Institution[]; totalCount: number }> {
  return listPage(context, Institution, { where: await institutionWhere(context, filter), sortBy: order.field, direction: order.direction, page }, along);
}
