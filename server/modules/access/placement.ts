import { ReferenceKind, type EntityClass, type EntityManager, type EntityMetadata, type FilterQuery, type MetadataStorage } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import type { PathReading } from '../../common/loader-factories';

/**
 * Where a record type sits in the bureau tree, said once on the entity: the
 * property marked `@PlacedBy()` is either the tree path itself (a bureau's
 * `path`, the path an alert or audit entry was written under) or a
 * many-to-one reference to a record placed in turn (a unit's bureau, a staff
 * record's unit). Lists, by-id reads, links, writes, alerts and the audit
 * trail all derive the place from it.
 */
interface Placement {
  property: string;
  /** What messages call a record of this type, e.g. `staff record`. */
  called: string;
  /** The input field of a create or update that names where the record goes, e.g. `unitId`; null where no input moves it. */
  inputField: string | null | undefined;
  /** What that input field names: the referenced record type by default, e.g. the parent bureau for a bureau's `parentId`. */
  inputEntity: (() => EntityClass<object>) | null;
}

const placements = new Map<Function, Placement>();

export interface PlacementOptions {
  /** What messages call a record of this type, e.g. `staff record`. */
  called: string;
  /** The input field naming the record's place; by default `<property>Id` for a reference, none for a path. */
  inputField?: string | null;
  /** The record type that input field names, when the property is a path (a bureau is placed under its `parentId`). */
  inputEntity?: () => EntityClass<object>;
}

/** Marks the property that places a record in the bureau tree (see Placement). */
export function PlacedBy(options: PlacementOptions): PropertyDecorator {
  return (prototype, property) => {
    placements.set(prototype.constructor, {
      property: String(property),
      called: options.called,
      inputField: options.inputField,
      inputEntity: options.inputEntity ?? null,
    });
  };
}

function placementOf(metadata: EntityMetadata): Placement {
  const placement = placements.get(metadata.class);
  if (!placement) throw new Error(`${metadata.className} has no @PlacedBy property: it cannot be placed in the bureau tree`);
  return placement;
}

/** One step of the way from a record to its bureau path: a path column, or a reference to follow. */
type Step = { kind: 'path'; property: string; column: string } | { kind: 'reference'; property: string; column: string; nullable: boolean; target: EntityMetadata };

function stepOf(metadataStorage: MetadataStorage, metadata: EntityMetadata): Step {
  const { property } = placementOf(metadata);
  const definition = metadata.properties[property];
  if (definition.kind === ReferenceKind.MANY_TO_ONE) {
    return { kind: 'reference', property, column: definition.fieldNames[0], nullable: !!definition.nullable, target: metadataStorage.get(definition.type) };
  }
  return { kind: 'path', property, column: definition.fieldNames[0] };
}

/** The way from a record type to its bureau path, as steps from the record itself. */
const chains = new WeakMap<MetadataStorage, Map<string, Step[]>>();

/** Worked out once per record type: by-id reads and links ask for it on every row. */
function chainOf(metadataStorage: MetadataStorage, entity: EntityClass<object> | string): Step[] {
  const name = typeof entity === 'string' ? entity : entity.name;
  let known = chains.get(metadataStorage);
  if (!known) chains.set(metadataStorage, (known = new Map()));
  let chain = known.get(name);
  if (!chain) known.set(name, (chain = stepsOf(metadataStorage, name)));
  return chain;
}

function stepsOf(metadataStorage: MetadataStorage, name: string): Step[] {
  const steps: Step[] = [];
  let metadata = metadataStorage.get(name);
  for (;;) {
    const step = stepOf(metadataStorage, metadata);
    steps.push(step);
    if (step.kind === 'path') return steps;
    metadata = step.target;
  }
}

/**
 * A where-condition keeping records whose bureau path matches `pattern` (a
 * LIKE prefix pattern such as `520000/520300/%`), through MikroORM's joins.
 */
export function placedUnder<Entity extends object>(em: EntityManager, entity: EntityClass<Entity>, pattern: string): FilterQuery<Entity> {
  const steps = chainOf(em.getMetadata(), entity);
  let condition: Record<string, unknown> = { [steps[steps.length - 1].property]: { $like: pattern } };
  for (const step of steps.slice(0, -1).reverse()) condition = { [step.property]: condition };
  return condition as FilterQuery<Entity>;
}

/** The caller's jurisdiction as a where-condition; none for a registry-wide caller. */
export function inJurisdiction<Entity extends object>(context: Context, entity: EntityClass<Entity>): FilterQuery<Entity>[] {
  return context.jurisdiction.isRegistryWide ? [] : [placedUnder(context.em, entity, context.jurisdiction.pattern)];
}

/** The joins from a record (as t0) to its bureau, and the expression of the bureau path there; '' for a reference left empty. */
function pathJoins(metadataStorage: MetadataStorage, entity: EntityClass<object> | string): { joins: string; path: string } {
  const steps = chainOf(metadataStorage, entity);
  const joins: string[] = [];
  steps.slice(0, -1).forEach((step, index) => {
    if (step.kind === 'reference') joins.push(`left join "${step.target.tableName}" t${index + 1} on t${index + 1}.id = t${index}."${step.column}"`);
  });
  const last = steps[steps.length - 1];
  return { joins: joins.join(' '), path: `coalesce(t${steps.length - 1}."${last.column}", '')` };
}

const pathSqlCache = new Map<string, string>();

/**
 * One statement reading a record's bureau path by id; '' for a reference left
 * empty (an account without a bureau covers the whole registry), no row for
 * no record.
 */
function pathByIdSql(metadataStorage: MetadataStorage, entity: EntityClass<object> | string): string {
  const name = typeof entity === 'string' ? entity : entity.name;
  const cached = pathSqlCache.get(name);
  if (cached) return cached;
  const { joins, path } = pathJoins(metadataStorage, entity);
  const sql = `select ${path} as path from "${metadataStorage.get(name).tableName}" t0 ${joins} where t0.id = ?`;
  pathSqlCache.set(name, sql);
  return sql;
}

/** Bureau paths read in the same statement as their records (the read pool's by-id loaders). */
const pathsReadWithRecords = new WeakMap<object, string>();

/**
 * How to read a placed record's bureau path beside its own row, so that its
 * jurisdiction check needs no statement of its own (a staff record's would
 * otherwise load its institution, then that institution's bureau); null for
 * records not placed in the tree, or holding their path themselves.
 */
export function pathReadingFor(metadataStorage: MetadataStorage, entity: EntityClass<object>): PathReading | null {
  let known = pathReadings.get(metadataStorage);
  if (!known) pathReadings.set(metadataStorage, (known = new Map()));
  if (!known.has(entity.name)) {
    const metadata = metadataStorage.find(entity.name);
    const joined = metadata && placements.has(metadata.class) ? pathJoins(metadataStorage, entity) : null;
    known.set(entity.name, joined && joined.joins !== '' ? { ...joined, remember: (record, bureauPath) => pathsReadWithRecords.set(record, bureauPath) } : null);
  }
  return known.get(entity.name)!;
}

/** Each request's loaders ask again: the answer per record type is worked out once. */
const pathReadings = new WeakMap<MetadataStorage, Map<string, PathReading | null>>();

/** Paths already read in one write, by `type:id`: the place after a change is most often the place before it. */
export type KnownPaths = Map<string, string | null>;

/** A record's bureau path by id, inside a write's transaction; null when there is no such record. */
export async function pathById(em: EntityManager, entity: EntityClass<object> | string, id: number, known: KnownPaths = new Map()): Promise<string | null> {
  const key = `${typeof entity === 'string' ? entity : entity.name}:${id}`;
  if (!known.has(key)) {
    const [row] = await em.execute<{ path: string }[]>(pathByIdSql(em.getMetadata(), entity), [id]);
    known.set(key, row?.path ?? null);
  }
  return known.get(key)!;
}

/** The bureau path of a record in hand (loaded, created or changed in a write's transaction). */
export async function pathOfRecord(em: EntityManager, record: object, known?: KnownPaths): Promise<string> {
  const [step] = chainOf(em.getMetadata(), record.constructor.name);
  const value = (record as Record<string, unknown>)[step.property];
  if (step.kind === 'path') return value as string;
  const referenceId = (value as { id: number } | null)?.id;
  if (referenceId === undefined) return '';
  const path = await pathById(em, step.target.className, referenceId, known);
  if (path === null) throw new Error(`${record.constructor.name}'s ${step.property} ${referenceId} does not exist`);
  return path;
}

/** The bureau path of a record read for GraphQL, through the request's loaders: no statement when the bureau was read already. */
export async function pathThroughLoaders(context: Context, entity: EntityClass<object>, record: object): Promise<string | null> {
  const readWithRecord = pathsReadWithRecords.get(record);
  if (readWithRecord !== undefined) return readWithRecord;
  const [step] = chainOf(context.em.getMetadata(), entity);
  const value = (record as Record<string, unknown>)[step.property];
  if (step.kind === 'path') return value as string;
  const referenceId = (value as { id: number } | null)?.id;
  if (referenceId === undefined) return '';
  const target = step.target.class as EntityClass<object>;
  const referenced = await context.loaders.recordById(target).load(referenceId);
  return referenced ? pathThroughLoaders(context, target, referenced) : null;
}

/** Whether records of this type are the tree's own nodes (bureaus), placed under another of their kind. */
export function isTreeNode(em: EntityManager, entity: EntityClass<object>): boolean {
  return placementOf(em.getMetadata().get(entity.name)).inputEntity?.() === entity;
}

/** What messages call a record of this type. */
export function recordCalled(em: EntityManager, entity: EntityClass<object>): string {
  return placementOf(em.getMetadata().get(entity.name)).called;
}

/** The input field naming where a record of this type goes, and the record type it names. */
export function placingInput(em: EntityManager, entity: EntityClass<object>): { field: string; entity: EntityClass<object> } | null {
  const metadata = em.getMetadata().get(entity.name);
  const placement = placementOf(metadata);
  const step = stepOf(em.getMetadata(), metadata);
  if (step.kind === 'reference') {
    const field = placement.inputField === undefined ? `${placement.property}Id` : placement.inputField;
    return field === null ? null : { field, entity: step.target.class as EntityClass<object> };
  }
  if (placement.inputField && placement.inputEntity) return { field: placement.inputField, entity: placement.inputEntity() };
  return null;
}

/** What a list's conditions confine it to: bureau path prefixes, and ids of the records its rows are placed by. */
export interface PlaceConfinement {
  pathPrefixes: string[];
  placedBy: { entity: EntityClass<object>; id: number }[];
}

/**
 * Reads the place conditions among a list's top-level conjuncts, as
 * `placedUnder` and `{ <placing reference>: id }` write them; conditions under
 * an `$or` confine nothing and are passed over.
 */
export function placeConfinement<Entity extends object>(em: EntityManager, entity: EntityClass<Entity>, where: FilterQuery<Entity>): PlaceConfinement {
  const steps = chainOf(em.getMetadata(), entity);
  const confinement: PlaceConfinement = { pathPrefixes: [], placedBy: [] };
  const conjuncts = (where as { $and?: unknown[] }).$and ?? [where];
  for (const conjunct of conjuncts) {
    const [first] = steps;
    const direct = (conjunct as Record<string, unknown> | null)?.[first.property];
    if (first.kind === 'reference' && typeof direct === 'number') {
      confinement.placedBy.push({ entity: first.target.class as EntityClass<object>, id: direct });
      continue;
    }
    let value: unknown = conjunct;
    for (const step of steps) value = (value as Record<string, unknown> | null)?.[step.property];
    const pattern = (value as { $like?: unknown } | undefined)?.$like;
    if (typeof pattern === 'string' && pattern.endsWith('%')) confinement.pathPrefixes.push(pattern.slice(0, -1));
  }
  return confinement;
}
