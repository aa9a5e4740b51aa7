import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EntityManager } from '@mikro-orm/postgresql';
import { ACTOR_RESOLVER, type ActorResolver } from '@gremium/workflow';
import { TestApp } from './support/test-app';

/** The actor of every command, read with a prepared statement at the intake and in the worker. */
describe('user actors', () => {
  let app: TestApp;
  let sql: Client;

  beforeAll(async () => {
    app = await TestApp.start({ worker: 'off' });
    sql = new Client({ connectionString: app.db.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql.end();
    await app.close();
  });

  async function user(personId: string | null, roles: string[]): Promise<string> {
    const id = randomUUID();
    await sql.query(
      `insert into app_user (id, email, password_hash, person_id, roles, created_at, updated_at)
       values ($1, $2, 'x', $3, $4, now(), now())`,
      [id, `${id}@praeventionsrat.test`, personId, JSON.stringify(roles)],
    );
    return id;
  }

  it('resolves each ref as the data says now, in the order asked, a deleted account to null', async () => {
    const personId = randomUUID();
    const [member, office, deleted] = [
      await user(personId, []),
      await user(null, ['coordination']),
      await user(null, ['viewer']),
    ];
    await sql.query('delete from app_user where id = $1', [deleted]);
    const resolver = app.api.get<symbol, ActorResolver>(ACTOR_RESOLVER);
    const em = app.api.get(EntityManager).fork();

    const actors = await resolver.resolveMany(em, [
      { type: 'user', userId: office },
      { type: 'system', reason: 'timer' },
      { type: 'user', userId: deleted },
      { type: 'user', userId: member },
      { type: 'user', userId: office },
    ]);

    expect(actors).toEqual([
      { type: 'user', userId: office, personId: null, roles: ['coordination'] },
      { type: 'system', reason: 'timer' },
      null,
      { type: 'user', userId: member, personId, roles: [] },
      { type: 'user', userId: office, personId: null, roles: ['coordination'] },
    ]);
    // Inside a transaction it reads on the transaction's connection and leaves the unit of work empty.
    await em.transactional(async (tx) => {
      await sql.query(`update app_user set roles = '["viewer"]' where id = $1`, [office]);
      expect(await resolver.resolve(tx, { type: 'user', userId: office })).toMatchObject({
        roles: ['viewer'],
      });
      expect(tx.getUnitOfWork().getIdentityMap().values()).toHaveLength(0);
    });
  });
});
