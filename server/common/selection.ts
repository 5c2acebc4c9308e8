import { Kind, type GraphQLResolveInfo } from 'graphql';

/** Whether the field being resolved selects, directly (not through a fragment), one of `names` on its value. */
export function selectsField(info: GraphQLResolveInfo, names: ReadonlySet<string>): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((selection) => selection.kind === Kind.FIELD && names.has(selection.name.value)) ?? false);
}
