import { GraphQLError, GraphQLScalarType, print, type ValueNode } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';

/**
 * The years every layer agrees on: PostgreSQL has no year 0 (JavaScript's year
 * 0 is 1 BC) and writes years past 9999 in a form neither the ISO strings nor
 * the `YYYY-MM-DD` dates here can carry back.
 */
export const earliestYear = 1;
export const latestYear = 9999;

const outOfRange = `must be a date between the years ${String(earliestYear).padStart(4, '0')} and ${latestYear}`;

/**
 * The same scalar, refusing what parses but falls outside the common years.
 * graphql-js adds the variable's path to the message; a literal is named by its
 * value and location.
 */
function withinYears<Parsed>(base: GraphQLScalarType<Parsed, string>, yearOf: (value: Parsed) => number): GraphQLScalarType<Parsed, string> {
  const checked = (value: Parsed, literal?: ValueNode): Parsed => {
    const year = yearOf(value);
    if (year >= earliestYear && year <= latestYear) return value;
    throw new GraphQLError(`${base.name} ${outOfRange}${literal ? `, not ${print(literal)}` : ''}`, { nodes: literal });
  };
  return new GraphQLScalarType<Parsed, string>({
    ...base.toConfig(),
    parseValue: (value: unknown) => checked(base.parseValue(value)),
    parseLiteral: (node: ValueNode, variables?: { [name: string]: unknown } | null) => checked(base.parseLiteral(node, variables), node),
  });
}

/** Calendar dates travel as `YYYY-MM-DD` strings, as PostgreSQL's `date` and MikroORM's DateType hold them. */
export const DateScalar = withinYears(GraphQLLocalDate as GraphQLScalarType<string, string>, (date) => Number(date.slice(0, 4)));

/** Instants (timestamps), the scalar type-graphql gives every `Date` field (see `scalarsMap` in schema.ts). */
export const DateTimeScalar = withinYears(GraphQLDateTimeISO as GraphQLScalarType<Date, string>, (instant) => instant.getUTCFullYear());
