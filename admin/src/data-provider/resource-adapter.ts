import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RaRecord } from 'react-admin';
import { execute } from '../graphql/client';

// Each adapter's callbacks name their generated result types; the table of adapters needs one shape for all.
type AnyDocument = TypedDocumentNode<any, any>;

/**
 * How one react-admin resource maps onto Bianzhi's typed GraphQL documents:
 * the list query with its filter and sort fields, the single-record query and
 * the mutations. Field names are the schema's own, so a filter or input field
 * is the same word in the form, the query and the error naming it.
 */
export interface ResourceDefinition<Item> {
  list: { document: AnyDocument; page: (data: any) => { items: Item[]; totalCount: number } };
  one?: { document: AnyDocument; record: (data: any) => Item | null | undefined };
  /** react-admin sort field → the schema's sort enum value; absent for lists in a fixed order. */
  sortFields?: Record<string, string>;
  /** Filter input fields the list accepts; the search box `q` maps to `searchField`. */
  filterFields: string[];
  searchField?: string;
  /** Instead of `searchField`: the filter fields the search box's text stands for, e.g. a full ID number. */
  search?: (text: string) => Record<string, unknown>;
  create?: { document: AnyDocument; record: (data: any) => Item; fields: string[] };
  update?: { document: AnyDocument; record: (data: any) => Item; fields: string[] };
  remove?: { document: AnyDocument };
  /** Extra fields derived for forms and lists, e.g. a bureau's indicator dates. */
  toRecord?: (item: Item) => Record<string, unknown>;
}

export interface ListRequest {
  filter: Record<string, unknown>;
  limit: number;
  offset: number;
  sort?: { field: string; order: 'ASC' | 'DESC' };
}

function withoutEmpty(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));
}

/** Turns a form's values into a GraphQL input: only the input's own fields, empty text as null. */
function inputFrom(values: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (!(field in values)) continue;
    const value = values[field];
    input[field] = value === '' ? null : value;
  }
  return input;
}

function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null);
}

/** What the data provider needs of a resource, whatever its record type. */
export interface RegistryResource {
  list(request: ListRequest): Promise<{ data: RaRecord[]; total: number }>;
  one(id: string): Promise<RaRecord | null>;
  create(values: Record<string, unknown>): Promise<RaRecord>;
  update(id: string, values: Record<string, unknown>, previous: Record<string, unknown>): Promise<RaRecord>;
  remove(id: string, version: number, reason?: string): Promise<void>;
}

export class ResourceAdapter<Item extends { id: string }> implements RegistryResource {
  constructor(private readonly definition: ResourceDefinition<Item>) {}

  toRecord(item: Item): RaRecord {
    return { ...item, ...(this.definition.toRecord?.(item) ?? {}) } as RaRecord;
  }

  async list({ filter, limit, offset, sort }: ListRequest): Promise<{ data: RaRecord[]; total: number }> {
    const { q, ...rest } = filter;
    const allowed: Record<string, unknown> = {};
    for (const field of this.definition.filterFields) if (field in rest) allowed[field] = rest[field];
    if (q && this.definition.search) Object.assign(allowed, this.definition.search(String(q)));
    else if (q && this.definition.searchField) allowed[this.definition.searchField] = q;
    const sortField = sort && this.definition.sortFields?.[sort.field];
    const page = this.definition.list.page(
      await execute(this.definition.list.document, {
        filter: withoutEmpty(allowed),
        limit,
        offset,
        ...(sortField ? { sort: { field: sortField, direction: sort.order } } : {}),
      }),
    );
    return { data: page.items.map((item) => this.toRecord(item)), total: page.totalCount };
  }

  async one(id: string): Promise<RaRecord | null> {
    const one = this.definition.one;
    if (!one) return null;
    const item = one.record(await execute(one.document, { id: String(id) }));
    return item ? this.toRecord(item) : null;
  }

  async create(values: Record<string, unknown>): Promise<RaRecord> {
    const create = this.definition.create!;
    const input = withoutEmpty(inputFrom(values, create.fields));
    return this.toRecord(create.record(await execute(create.document, { input, reason: values.reason || undefined })));
  }

  /** Sends only the fields the user changed, with the version the form was loaded at. */
  async update(id: string, values: Record<string, unknown>, previous: Record<string, unknown>): Promise<RaRecord> {
    const update = this.definition.update!;
    const changes = inputFrom(values, update.fields);
    for (const field of Object.keys(changes)) if (sameValue(changes[field], previous[field])) delete changes[field];
    const input = { ...changes, id: String(id), version: values.version ?? previous.version };
    return this.toRecord(update.record(await execute(update.document, { input, reason: values.reason || undefined })));
  }

  async remove(id: string, version: number, reason?: string): Promise<void> {
    await execute(this.definition.remove!.document, { id: String(id), version, reason });
  }
}
