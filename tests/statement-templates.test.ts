import { shapeOf, StatementTemplates, withVariables } from '../server/common/statement-templates';
import { Staff } from '../server/modules/staff/staff.entity';
import { useTestServer } from './support/test-server';

const server = useTestServer();

/** MikroORM's own SQL for a page of staff, as lists build it. */
function staffPageSql(where: object, limit: number, offset: number): [string, unknown[]] {
  const em = server.bianzhi.orm.em.fork();
  const { sql, bindings } = em.createQueryBuilder(Staff, 'record').select('record.*').where(where as never).orderBy({ name: 'asc', id: 'asc' }).limit(limit).offset(offset).getKnexQuery().toSQL().toNative();
  return [sql, [...bindings]];
}

function templated(templates: StatementTemplates, where: object, limit: number, offset: number, builds: { count: number }): [string, unknown[]] {
  const variables: (string | number)[] = [];
  const shape = shapeOf(where, variables);
  variables.push(limit, offset);
  return templates.statement(shape === undefined ? undefined : JSON.stringify(shape), variables, (given) => {
    builds.count += 1;
    return staffPageSql(withVariables(where, given.slice(0, -2)), given.at(-2) as number, given.at(-1) as number);
  });
}

describe("list statements kept per shape of their conditions", () => {
  const conditions = (institution: number, name: string, status: string): object => ({
    $and: [{ institution: { bureau: { path: { $like: `${name}%` } } } }, { institution }, { status }, { name: { $like: `%${name}%` } }, { leadershipTier: null }],
  });

  it("binds each request's own values into the statement the builder wrote for the first request of the shape, as the builder itself would", () => {
    const templates = new StatementTemplates();
    const builds = { count: 0 };
    const first = templated(templates, conditions(7, '贵阳', 'ACTIVE'), 50, 10, builds);
    const second = templated(templates, conditions(12, '遵义', 'LEFT'), 20, 40, builds);
    expect(builds.count).toBe(1);
    expect(first).toEqual(staffPageSql(conditions(7, '贵阳', 'ACTIVE'), 50, 10));
    expect(second).toEqual(staffPageSql(conditions(12, '遵义', 'LEFT'), 20, 40));
  });

  it('reads the same rows for a first page, where the builder leaves the offset out and the template binds 0', async () => {
    const templates = new StatementTemplates();
    const builds = { count: 0 };
    templated(templates, { status: 'ACTIVE' }, 5, 10, builds);
    const [templateSql, templateBindings] = templated(templates, { status: 'ACTIVE' }, 5, 0, builds);
    const [builtSql, builtBindings] = staffPageSql({ status: 'ACTIVE' }, 5, 0);
    expect(templateSql).not.toEqual(builtSql);
    const connection = server.bianzhi.orm.em.getConnection();
    const fromTemplate = await connection.execute(templateSql.replace(/\$\d+/g, '?'), templateBindings);
    const built = await connection.execute(builtSql.replace(/\$\d+/g, '?'), builtBindings);
    expect(fromTemplate).toHaveLength(5);
    expect(fromTemplate).toEqual(built);
  });

  it('builds a new statement when the shape differs: a null where there was a value, another number of values', () => {
    const templates = new StatementTemplates();
    const builds = { count: 0 };
    templated(templates, { leadershipTier: 'PRINCIPAL' }, 50, 5, builds);
    const withNull = templated(templates, { leadershipTier: null }, 50, 5, builds);
    expect(withNull).toEqual(staffPageSql({ leadershipTier: null }, 50, 5));
    templated(templates, { id: { $in: [1, 2] } }, 50, 5, builds);
    const three = templated(templates, { id: { $in: [1, 2, 3] } }, 50, 5, builds);
    expect(three).toEqual(staffPageSql({ id: { $in: [1, 2, 3] } }, 50, 5));
    expect(builds.count).toBe(4);
  });

  it('keeps no template of a statement whose values the builder changes or writes into the text: each request is built as it is', () => {
    const templates = new StatementTemplates();
    let builds = 0;
    const converting = (given: readonly (string | number)[]): [string, unknown[]] => {
      builds += 1;
      return ['select $1', [String(given[0]).toUpperCase()]];
    };
    const inlining = (given: readonly (string | number)[]): [string, unknown[]] => {
      builds += 1;
      return [`select '${given[0]}'`, []];
    };
    expect(templates.statement('converting', ['a'], converting)).toEqual(['select $1', ['A']]);
    expect(templates.statement('converting', ['b'], converting)).toEqual(['select $1', ['B']]);
    expect(templates.statement('inlining', ['a'], inlining)).toEqual(["select 'a'", []]);
    expect(templates.statement('inlining', ['b'], inlining)).toEqual(["select 'b'", []]);
    // Once each to try the stand-ins, then once a request.
    expect(builds).toBe(6);
  });

  it('has no shape for conditions that are not plain data (a subquery), which are built every time', () => {
    const subquery = server.bianzhi.orm.em.fork().getKnex().select('id').from('institution');
    expect(shapeOf({ institution: { $in: subquery } }, [])).toBeUndefined();
  });
});
