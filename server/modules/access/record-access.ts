import type { Context } from '../../context';

/** Tree path of a bureau, through the request's loaders; null when there is no such bureau. */
export async function pathOfBureau(context: Context, bureauId: number): Promise<string | null> {
  return (await context.loaders.bureauById.load(bureauId))?.path ?? null;
}

/** Tree path of a unit's bureau; null when there is no such unit. */
export async function pathOfUnit(context: Context, unitId: number): Promise<string | null> {
  const unit = await context.loaders.unitById.load(unitId);
  return unit ? pathOfBureau(context, unit.bureau.id) : null;
}

/** A record asked for by id: itself, or FORBIDDEN (naming `id`) when its bureau lies outside the caller's jurisdiction. */
export async function visibleRecord<Record>(
  context: Context,
  record: Record | null,
  placeOf: (record: Record) => Promise<string | null> | string,
  named: { entity: string; id: string },
): Promise<Record | null> {
  if (record === null) return null;
  const path = await placeOf(record);
  if (path !== null) context.jurisdiction.require('id', path, 'OUTSIDE_JURISDICTION', named);
  return record;
}

/** For links up the tree (a parent, an alert's unit): what lies outside the jurisdiction reads as absent. */
export async function withinJurisdiction<Record>(context: Context, record: Record | null, placeOf: (record: Record) => Promise<string | null> | string): Promise<Record | null> {
  if (record === null) return null;
  const path = await placeOf(record);
  return path !== null && context.jurisdiction.includes(path) ? record : null;
}
