import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { createParameterDecorator } from 'type-graphql';
import { parseId } from '../../common/validation';
import { attemptsOnContention, isContention, pauseBeforeRetry, translateWriteError } from '../../common/write';
import type { Context } from '../../context';
import { badUserInput, conflict, forbidden, notFound, unknownReference } from '../../errors';
import { recordAudit } from '../audit/audit-record';
import { snapshotOf } from '../audit/snapshot';
import { isTreeNode, pathById, pathOfRecord, placingInput, recordCalled, type KnownPaths } from './placement';

interface Stored {
  id: number;
}

interface Versioned extends Stored {
  version: number;
}

/** The record a write changes or deletes, as the client named it. */
interface Target {
  id: string;
  /** The version the client read; a stale one is refused before any change (CONFLICT). */
  version?: number;
}

/** One write as the pipeline runs it, attempt after attempt. */
interface Write<Entity extends Stored, Result> {
  entity: EntityClass<Entity>;
  target: Target | null;
  input: object;
  work: (em: EntityManager, record: Entity | null) => Promise<{ record: Entity | null; result: Result }>;
  /** The target's id, parsed. */
  id: number | undefined;
  /** The record type as users call it, for errors. */
  called: string;
}

/**
 * Every change to the registry and its accounts goes through here, in one
 * transaction: refuse a target or a place outside the caller's jurisdiction
 * exactly as one that does not exist, load the record once, make the change,
 * check where the record ended up, append the audit entry, and turn the
 * database's constraint errors into the errors a user can act on. A refusal or
 * failure at any point rolls back the change and the entry together. A
 * transaction the database chose as a deadlock's victim is tried again whole.
 */
export class RegistryWriter {
  /** The document the change rests on (a notice or exit document number), cited in the audit trail before any reason given. */
  private citedDocument: string | null = null;

  constructor(
    private readonly context: Context,
    /** The mutation's name: the audit trail shows it. */
    readonly operation: string,
    readonly reason: string | null,
  ) {}

  /** Creates a record; the input's placing field (`parentId`, `bureauId`, `unitId`) is checked before any work. */
  create<Entity extends Stored>(entity: EntityClass<Entity>, input: object, make: (em: EntityManager) => Promise<Entity>): Promise<Entity> {
    return this.run(entity, null, input, async (em) => {
      const record = await make(em);
      return { record, result: record };
    });
  }

  /** Changes a record loaded once, at the version the client read; a move is checked before (the input) and after (the record). */
  update<Entity extends Stored>(
    entity: EntityClass<Entity>,
    target: Target,
    input: object,
    change: (record: Entity, em: EntityManager) => Promise<void> | void,
  ): Promise<Entity> {
    return this.run(entity, target, input, async (em, record) => {
      await change(record!, em);
      return { record: record!, result: record! };
    });
  }

  /**
   * Deletes a record at the version the client read: `check` may refuse it
   * (records still depending on it), `after` repairs what it leaves (a quota it
   * superseded becomes current). Returns the id.
   */
  delete<Entity extends Versioned>(
    entity: EntityClass<Entity>,
    target: Target & { version: number },
    hooks: { check?: (record: Entity, em: EntityManager) => Promise<void>; after?: (record: Entity, em: EntityManager) => Promise<void> } = {},
  ): Promise<string> {
    return this.run(entity, target, {}, async (em, record) => {
      await hooks.check?.(record!, em);
      const deleted = await em.nativeDelete(entity, { id: record!.id, version: record!.version } as never);
      if (deleted === 0) throw conflict(recordCalled(em, entity), record!.id);
      em.getUnitOfWork().unsetIdentity(record!);
      await hooks.after?.(record!, em);
      return { record: null, result: target.id };
    });
  }

  /**
   * A record an input or argument names (`field`): loaded, and refused exactly
   * as an unknown id when it lies outside the caller's jurisdiction, unless
   * `grantedOutside` says its own jurisdiction gave it to this write (an
   * approval naming the person transferred).
   */
  async referenced<Entity extends Stored>(em: EntityManager, entity: EntityClass<Entity>, field: string, id: string, grantedOutside?: (record: Entity) => boolean): Promise<Entity> {
    const record = await em.findOne(entity, { id: parseId(field, id) } as never);
    if (!record || !(this.context.jurisdiction.includes(await pathOfRecord(em, record)) || grantedOutside?.(record))) throw unknownReference(field, recordCalled(em, entity), id);
    return record;
  }

  /** Cites the document the change rests on in its audit entry (e.g. the approval's notice number), beside any reason the caller gave. */
  cite(document: string): void {
    this.citedDocument = document;
  }

  /**
   * Audits a second record the change created beside its own (the receiving
   * side of a transfer), where that record lies, citing `document`: the
   * receiving jurisdiction's trail shows who brought the person in.
   */
  async auditAlsoCreated(em: EntityManager, record: Stored, document: string): Promise<void> {
    await em.flush();
    await recordAudit(em, this.context.jurisdiction.actor, this.context, {
      operation: this.operation,
      recordType: record.constructor.name,
      recordId: record.id,
      bureauPath: await pathOfRecord(em, record),
      previousBureauPath: null,
      before: null,
      after: snapshotOf(em, record),
      reason: this.auditReason(document),
    });
  }

  private auditReason(document: string | null): string | null {
    if (document === null) return this.reason;
    return this.reason === null ? document : `${document}; ${this.reason}`;
  }

  private async run<Entity extends Stored, Result>(
    entity: EntityClass<Entity>,
    target: Target | null,
    input: object,
    work: (em: EntityManager, record: Entity | null) => Promise<{ record: Entity | null; result: Result }>,
  ): Promise<Result> {
    if (this.reason != null && this.reason.length > 500) throw badUserInput('reason', 'TEXT_TOO_LONG', { maximum: 500 });
    const called = recordCalled(this.context.em, entity);
    const id = target ? parseId('id', target.id) : undefined;
    // A document may be cited before the write (the resolver) or during it (the work, tried again whole).
    const citedBefore = this.citedDocument;
    for (let attempt = 1; ; attempt += 1) {
      this.citedDocument = citedBefore;
      try {
        return await this.attempt({ entity, target, input, work, id, called }, attempt > 1);
      } catch (error) {
        if (attempt < attemptsOnContention && isContention(error)) {
          await pauseBeforeRetry();
          continue;
        }
        throw translateWriteError(error, called, id);
      }
    }
  }

  /** One try of the whole write; a retry starts from an empty identity map (`fresh`), so that nothing the failed try loaded or changed carries over. */
  private async attempt<Entity extends Stored, Result>(write: Write<Entity, Result>, fresh: boolean): Promise<Result> {
    const { entity, target, input, work, id, called } = write;
    const { jurisdiction } = this.context;
    const actor = jurisdiction.actor;
    const recordType = entity.name;
    return this.context.em.transactional(
      async (em) => {
        const known: KnownPaths = new Map();
        let existing: Entity | null = null;
        let beforePath: string | null = null;
        if (id !== undefined) {
          existing = await em.findOne(entity, { id } as never);
          beforePath = existing ? await pathOfRecord(em, existing, known) : null;
          if (!existing || !jurisdiction.includes(beforePath!)) throw notFound(called, target!.id);
          if (target!.version !== undefined && (existing as unknown as Versioned).version !== target!.version) throw conflict(called, id);
        }
        const before = existing ? snapshotOf(em, existing) : null;
        await this.checkPlacingInput(em, entity, input, known);

        const { record, result } = await work(em, existing);
        await em.flush();

        const afterPath = record ? await pathOfRecord(em, record, known) : null;
        if (afterPath === '') jurisdiction.require(this.placingField(em, entity, target, input), afterPath, 'WHOLE_REGISTRY_OUTSIDE_JURISDICTION');
        else if (afterPath !== null) jurisdiction.require(this.placingField(em, entity, target, input), afterPath, 'NEW_PLACE_OUTSIDE_JURISDICTION', { entity: called });
        if (!record && beforePath === jurisdiction.path && isTreeNode(em, entity)) {
          throw forbidden('id', 'JURISDICTION_ROOT_UNDELETABLE');
        }
        await recordAudit(em, actor, this.context, {
          operation: this.operation,
          recordType,
          recordId: record ? record.id : target!.id,
          bureauPath: afterPath ?? beforePath!,
          previousBureauPath: beforePath !== null && afterPath !== null && beforePath !== afterPath ? beforePath : null,
          before,
          after: record ? snapshotOf(em, record) : null,
          reason: this.auditReason(this.citedDocument),
        });
        return result;
      },
      fresh ? { clear: true } : {},
    );
  }

  /** The field to name when a record ends up outside: the input that placed it, else the record itself. */
  private placingField(em: EntityManager, entity: EntityClass<object>, target: Target | null, input: object): string {
    const placing = placingInput(em, entity);
    return placing && (target === null || (input as Record<string, unknown>)[placing.field] != null) ? placing.field : 'id';
  }

  /** Where the input says the record goes must exist inside the jurisdiction; outside reads as unknown. */
  private async checkPlacingInput(em: EntityManager, entity: EntityClass<object>, input: object, known: KnownPaths): Promise<void> {
    const placing = placingInput(em, entity);
    const value = placing ? (input as Record<string, unknown>)[placing.field] : undefined;
    if (!placing || value == null) return;
    const path = await pathById(em, placing.entity, parseId(placing.field, value as string), known);
    if (path == null || !this.context.jurisdiction.includes(path)) throw unknownReference(placing.field, recordCalled(em, placing.entity), String(value));
  }
}

/**
 * The write of one mutation, made by the pipeline for it: declares the
 * optional `reason` argument every mutation takes, and names the operation in
 * the audit trail after the mutation itself.
 */
export function RegistryWrite(): ReturnType<typeof createParameterDecorator> {
  return createParameterDecorator<Context>(({ context, info, args }) => new RegistryWriter(context, info.fieldName, (args.reason as string | null | undefined) ?? null), {
    arg: {
      name: 'reason',
      typeFunc: () => String,
      options: {
        nullable: true,
        description: 'Approval document number (批准文号) or reason for the change (变更原因), kept in the audit trail; at most 500 characters.',
      },
    },
  });
}
