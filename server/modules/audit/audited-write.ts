import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { parseId } from '../../common/validation';
import type { Context } from '../../context';
import { badUserInput, forbidden } from '../../errors';
import { Bureau } from '../bureau/bureau.entity';
import { Quota } from '../quota/quota.entity';
import { Staff } from '../staff/staff.entity';
import { EGovUnit } from '../unit/unit.entity';
import { Website } from '../website/website.entity';
import { recordAudit } from './audit-record';
import { snapshotOf } from './snapshot';

/**
 * What places a record in the tree (itself for a bureau, else its bureau or
 * its unit's bureau), and the input field naming its place: a bureau's parent,
 * a unit's or website's bureau, a quota's or staff record's unit.
 */
interface Placement {
  by: 'self' | 'bureau' | 'unit';
  reference: { field: string; kind: 'bureau' | 'unit' };
}

const placements = new Map<EntityClass<object>, Placement>([
  [Bureau, { by: 'self', reference: { field: 'parentId', kind: 'bureau' } }],
  [EGovUnit, { by: 'bureau', reference: { field: 'bureauId', kind: 'bureau' } }],
  [Website, { by: 'bureau', reference: { field: 'bureauId', kind: 'bureau' } }],
  [Quota, { by: 'unit', reference: { field: 'unitId', kind: 'unit' } }],
  [Staff, { by: 'unit', reference: { field: 'unitId', kind: 'unit' } }],
]);

const pathSql: Record<'bureau' | 'unit', string> = {
  bureau: 'select path from bureau where id = ?',
  unit: 'select bureau.path from egov_unit unit join bureau on bureau.id = unit.bureau_id where unit.id = ?',
};

/** Tree paths looked up in one write's transaction, by `kind:id`: the place after a change is most often the place before it. */
type KnownPaths = Map<string, string>;

async function pathOfReference(em: EntityManager, known: KnownPaths, kind: 'bureau' | 'unit', id: number): Promise<string | null> {
  const key = `${kind}:${id}`;
  if (known.has(key)) return known.get(key)!;
  const [row] = await em.execute<{ path: string }[]>(pathSql[kind], [id]);
  if (row) known.set(key, row.path);
  return row?.path ?? null;
}

async function pathOfRecord(em: EntityManager, known: KnownPaths, record: object): Promise<string> {
  const { by } = placements.get(record.constructor as EntityClass<object>)!;
  if (by === 'self') return (record as Bureau).path;
  const reference = by === 'bureau' ? (record as EGovUnit).bureau : (record as Staff).unit;
  const path = await pathOfReference(em, known, by, reference.id);
  if (path === null) throw new Error(`${record.constructor.name} has no bureau`);
  return path;
}

export interface RegistryWrite<Result> {
  /** The mutation's name, as the audit trail shows it. */
  operation: string;
  entity: EntityClass<object>;
  /** The record changed or deleted; absent when one is created. */
  recordId?: string;
  /** The input's `parentId`, `bureauId` or `unitId` when given: where the record goes, checked before any work. */
  placedUnder?: string | null;
  reason?: string | null;
  /** The change itself; returns the record written, or the id of the record deleted. */
  work: (em: EntityManager) => Promise<Result>;
}

/**
 * Every change to the registry goes through here: in one transaction, refuse
 * a record outside the caller's jurisdiction (where it is and where it would
 * end up), make the change, and append its audit entry. A refusal or failure
 * at any point rolls back the change and the entry together.
 */
export async function registryWrite<Result extends object | string>(context: Context, write: RegistryWrite<Result>): Promise<Result> {
  const { jurisdiction } = context;
  const actor = jurisdiction.actor;
  const recordType = write.entity.name;
  const { reference } = placements.get(write.entity)!;
  if (write.reason != null && write.reason.length > 500) throw badUserInput('reason', 'TEXT_TOO_LONG', { maximum: 500 });
  return context.em.transactional(
    async (em) => {
      const known: KnownPaths = new Map();
      let before: Record<string, unknown> | null = null;
      let beforePath: string | null = null;
      if (write.recordId !== undefined) {
        // Loaded into the transaction's identity map: the change then finds it there instead of reading it again.
        const existing = await em.findOne(write.entity, { id: parseId('id', write.recordId) } as never);
        if (existing) {
          beforePath = await pathOfRecord(em, known, existing);
          jurisdiction.require('id', beforePath, 'OUTSIDE_JURISDICTION', { entity: recordType, id: String(write.recordId) });
          before = snapshotOf(em, existing);
        }
      }
      if (write.placedUnder != null) {
        const path = await pathOfReference(em, known, reference.kind, parseId(reference.field, write.placedUnder));
        if (path !== null) jurisdiction.require(reference.field, path, 'OUTSIDE_JURISDICTION', { entity: reference.kind, id: String(write.placedUnder) });
      }

      const result = await write.work(em);

      const record: object | null = typeof result === 'string' ? null : result;
      const afterPath = record ? await pathOfRecord(em, known, record) : null;
      if (afterPath !== null) jurisdiction.require(write.placedUnder != null ? reference.field : 'id', afterPath, 'NEW_PLACE_OUTSIDE_JURISDICTION', { entity: recordType });
      if (!record && recordType === Bureau.name && beforePath === jurisdiction.path) {
        throw forbidden('id', 'JURISDICTION_ROOT_UNDELETABLE');
      }
      await recordAudit(em, actor, context.requestId, {
        operation: write.operation,
        recordType,
        recordId: record ? (record as { id: number }).id : write.recordId!,
        bureauPath: afterPath ?? beforePath!,
        previousBureauPath: beforePath !== null && afterPath !== null && beforePath !== afterPath ? beforePath : null,
        before,
        after: record ? snapshotOf(em, record) : null,
        reason: write.reason,
      });
      return result;
    },
    // The services' own transactions run inside this one, as part of it, without savepoints.
    { ignoreNestedTransactions: true },
  );
}
