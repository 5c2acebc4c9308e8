import { GraphQLLocalDate } from 'graphql-scalars';

/** Calendar dates travel as `YYYY-MM-DD` strings, as PostgreSQL's `date` and MikroORM's DateType hold them. */
export const DateScalar = GraphQLLocalDate;
