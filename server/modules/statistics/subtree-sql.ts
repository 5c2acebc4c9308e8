import { StatisticsScope } from './statistics.types';

/**
 * SQL condition putting bureau `member` in the scope of bureau `root`. A
 * subtree is a range of paths, written with the text_pattern_ops operators so
 * that the path index serves it even when the root varies row by row (a LIKE
 * with a computed pattern could not use it). Paths hold only digits and '/',
 * which sort before '~'.
 */
export function scopeCondition(scope: StatisticsScope, member: string, root: string): string {
  const subtree = `${member}.path ~>=~ ${root}.path and ${member}.path ~<~ (${root}.path || '~')`;
  switch (scope) {
    case StatisticsScope.SELF:
      return `${member}.id = ${root}.id`;
    case StatisticsScope.SUBTREE:
      return subtree;
    case StatisticsScope.DESCENDANTS:
      return `${subtree} and ${member}.id <> ${root}.id`;
  }
}
