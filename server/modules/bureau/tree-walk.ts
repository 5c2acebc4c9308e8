import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../../context';
import { readUnitsOfBureaus } from '../unit/unit.reads';
import { Bureau } from './bureau.entity';

/** How far a query walks down the tree from a bureau: the levels of `children` nested under it (none: the bureau alone), and whether it asks for units on the way. */
export interface TreeWalk {
  depth: number;
  units: boolean;
}

/**
 * The walk a bureau field's selection asks for, through fragments. It is read
 * ahead (`readTreeWalk`) unless it asks for figures anywhere, which read every
 * bureau with them instead.
 */
export function treeWalkOf(info: GraphQLResolveInfo, figureFields: ReadonlySet<string>): TreeWalk | null {
  const walk: TreeWalk = { depth: 0, units: false };
  let figures = false;
  const visit = (selectionSet: SelectionSetNode, level: number): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (figureFields.has(name)) figures = true;
        else if (name === 'units') walk.units = true;
        else if (name === 'children' && selection.selectionSet) {
          walk.depth = Math.max(walk.depth, level + 1);
          visit(selection.selectionSet, level + 1);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, level);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet, level);
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet, 0);
  return figures || (walk.depth === 0 && !walk.units) ? null : walk;
}

const depthOf = (alias: string) => `(length(${alias}.path) - length(replace(${alias}.path, '/', '')))`;

/** The bureaus of a walk from the root named by `$1` (its `key`), `$2` levels down, the root included. */
const walkedBureaus = (key: 'code' | 'id', columns: string) => `select ${columns}
  from bureau root
  join bureau member on member.path ~>=~ root.path and member.path ~<~ (root.path || '~')
 where root.${key} = $1 and ${depthOf('member')} <= ${depthOf('root')} + $2::int`;

/**
 * Reads a whole walk ahead, in the turn of the event loop that reads its
 * root, so that it joins the root's statement (read-pool.ts combines them):
 * every bureau down to the walk's depth, and, when asked for, their units.
 * Each level then finds its children and units in the request's loaders
 * instead of sending a statement per level. Only bureaus inside the caller's
 * jurisdiction are handed on, and a bureau inside has all its children inside.
 */
export async function readTreeWalk(context: Context, root: { code: string } | { id: number }, walk: TreeWalk): Promise<void> {
  const [key, value] = 'code' in root ? (['code', root.code] as const) : (['id', root.id] as const);
  const reader = context.reads.reader(Bureau);
  const [rows, units] = await Promise.all([
    context.reads.rows<Record<string, unknown> & { depth: number }>(`${walkedBureaus(key, `member.*, ${depthOf('member')} - ${depthOf('root')} as depth`)} order by member.code`, [value, walk.depth]),
    walk.units ? readUnitsOfBureaus(context.reads, `any(${walkedBureaus(key, 'member.id')})`, [value, walk.depth]) : null,
  ]);
  const { jurisdiction, loaders } = context;
  const children = new Map<number, Bureau[]>();
  const walked: Bureau[] = [];
  for (const row of rows) {
    const bureau = reader.read(row);
    if (!jurisdiction.includes(bureau.path)) continue;
    walked.push(bureau);
    if (row.depth < walk.depth) children.set(bureau.id, []);
  }
  for (const bureau of walked) if (bureau.parent) children.get(bureau.parent.id)?.push(bureau);
  for (const [parentId, list] of children) loaders.childrenByParentId.prime(parentId, list);
  if (units) for (const bureau of walked) loaders.unitsByBureauId.prime(bureau.id, units.get(bureau.id) ?? []);
}
