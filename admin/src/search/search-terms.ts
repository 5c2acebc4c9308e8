import { readSession } from '../graphql/session';

/** A full national ID number (公民身份号码, GB 11643): 17 digits and a digit or X. */
const nationalIdShape = /^\d{17}[\dX]$/;
/** A unified social credit code (统一社会信用代码, GB 32100): 18 characters of its alphabet. */
const creditCodeShape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
/** A bureau's 6-digit division code (行政区划代码). */
const divisionCodeShape = /^\d{6}$/;

/** What a search box's text may be, besides a name: each a code some record has exactly. */
export interface SearchTerm {
  text: string;
  nationalId?: string;
  creditCode?: string;
  divisionCode?: string;
}

export function searchTermOf(typed: string): SearchTerm {
  const text = typed.trim();
  const upper = text.toUpperCase();
  return {
    text,
    nationalId: nationalIdShape.test(upper) ? upper : undefined,
    creditCode: creditCodeShape.test(upper) ? upper : undefined,
    divisionCode: divisionCodeShape.test(text) ? text : undefined,
  };
}

/**
 * Whether the signed-in role may look a person up by ID number: the server
 * refuses the `nationalId` filter to roles that see it masked (integrators).
 */
export function mayFindByNationalId(): boolean {
  return !!readSession()?.account.permissions.seesPersonalData;
}

/** The staff list's search box: a full ID number for roles that may look one up, otherwise part of a name. */
export function staffSearchFilter(typed: string): Record<string, unknown> {
  const term = searchTermOf(typed);
  return term.nationalId && mayFindByNationalId() ? { nationalId: term.nationalId } : { nameContains: term.text };
}

/** The institutions list's search box: a credit code, otherwise part of the full or short name. */
export function institutionSearchFilter(typed: string): Record<string, unknown> {
  const term = searchTermOf(typed);
  return term.creditCode ? { creditCode: term.creditCode } : { nameContains: term.text };
}

/** A list route showing these filter values, on its first page. */
export function listRoute(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter), page: '1' })}`;
}

/**
 * Where a create view goes after saving: back to the list, its earlier filters
 * replaced by the search box holding the new record's name, so that the new
 * record is on the first page, and clearing the search shows the whole list.
 */
export function listFindingNew(searchText: (record: Record<string, unknown>) => unknown) {
  return (resource?: string, _id?: unknown, data?: Record<string, unknown>) => listRoute(resource ?? '', { q: String(searchText(data ?? {}) ?? '') });
}
