import type { EntityManager } from '@mikro-orm/postgresql';

/** A prepared statement: PostgreSQL parses and plans it once per connection, under its name. */
export interface Statement {
  name: string;
  text: string;
}

export interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

interface PoolClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

/**
 * Runs a prepared statement on a connection of the ORM's own pool (no second pool), outside the unit of
 * work: the engine's hot-path rows are written this way, the domain's CRUD stays with the ORM. Inside a
 * transaction of `em` it runs on that transaction's connection (knex's transaction client hands out its one
 * connection and keeps it on release), so the statement sees and joins what the transaction wrote.
 */
export async function runStatement<R>(
  em: EntityManager,
  statement: Statement,
  values: unknown[],
): Promise<R[]> {
  const transaction = em.getTransactionContext<{ client: PoolClient }>();
  const client =
    transaction?.client ?? (em.getConnection().getKnex() as unknown as { client: PoolClient }).client;
  const connection = await client.acquireConnection();
  try {
    const result = await connection.query({ name: statement.name, text: statement.text, values });
    return result.rows as R[];
  } finally {
    await client.releaseConnection(connection);
  }
}

/** The one connection of the transaction `em` runs in (knex's transaction client keeps it on release). */
export function transactionConnection(em: EntityManager): Promise<PgConnection> {
  const transaction = em.getTransactionContext<{ client: PoolClient }>();
  if (!transaction) throw new Error('not inside a transaction');
  return transaction.client.acquireConnection();
}

/** A jsonb parameter: JSON text, or SQL NULL for a missing value (JSON.stringify would store `null` as JSON). */
export const jsonOrNull = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value);

/** A timestamptz read over the ORM's connections, which hand dates over as text for the ORM to parse. */
export const dateOf = (em: EntityManager, value: Date | string): Date =>
  value instanceof Date ? value : em.getPlatform().parseDate(value);
