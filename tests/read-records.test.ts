import { recordReader } from '../server/common/read-records';
import { Staff } from '../server/modules/staff/staff.entity';
import { useTestServer } from './support/test-server';

/** A record read without MikroORM's hydration must pass for its entity wherever resolvers and type-graphql look at it. */
const server = useTestServer();

it('reads a row as a record of its entity: an instance with the entity as its constructor, own properties by entity name, links as ids, timestamps as dates', async () => {
  const [row] = await server.bianzhi.orm.em.fork().getConnection().execute('select * from staff order by id limit 1');
  const reader = recordReader(server.bianzhi.orm.getMetadata(), Staff);
  const record = reader.read(row);
  expect(record).toBeInstanceOf(Staff);
  expect(record.constructor).toBe(Staff);
  expect(Object.keys(record)).toEqual(expect.arrayContaining(['id', 'name', 'nationalId', 'institution', 'createdAt']));
  expect(record.id).toBe(row.id);
  expect(record.nationalId).toBe(row.national_id);
  expect(record.institution).toEqual({ id: row.institution_id });
  expect(record.createdAt).toBeInstanceOf(Date);
  expect(record.createdAt.getTime()).toBe(new Date(row.created_at).getTime());
  const another = reader.read({ ...row, id: row.id + 1, name: '另一人' });
  expect([another.id, another.name, record.name]).toEqual([row.id + 1, '另一人', row.name]);
});
