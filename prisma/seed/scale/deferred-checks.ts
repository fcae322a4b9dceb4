// A bulk load is several times faster into tables without their secondary indexes and foreign keys:
// each row would otherwise update every index at a random place and run one lookup per reference.
// So, as pg_restore does, inside the load's transaction they are dropped and made again from their
// own definitions once the rows are in: unique indexes are checked as they are built, and every
// foreign key is validated over all rows when it is added back. Primary keys and CHECKs stay on
// throughout, and if anything fails the transaction rolls it all back, definitions included.
import type pg from "pg";

type Definition = { table: string; name: string; definition: string };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function withChecksDeferred<T>(
  client: pg.Client,
  tables: string[],
  load: () => Promise<T>,
  log: (line: string) => void,
): Promise<T> {
  const indexes = await client.query<Definition>(
    `SELECT t.relname AS table, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relname = ANY($1::text[]) AND t.relnamespace = current_schema()::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY ic.relname`,
    [tables],
  );
  const foreignKeys = await client.query<Definition>(
    `SELECT t.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
     FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
     WHERE k.contype = 'f' AND t.relname = ANY($1::text[])
       AND t.relnamespace = current_schema()::regnamespace
     ORDER BY k.conname`,
    [tables],
  );
  for (const { table, name } of foreignKeys.rows)
    await client.query(`ALTER TABLE ${quote(table)} DROP CONSTRAINT ${quote(name)}`);
  for (const { name } of indexes.rows) await client.query(`DROP INDEX ${quote(name)}`);

  const result = await load();

  let started = Date.now();
  // Sorting in memory rather than in temporary files: this transaction's own setting only.
  await client.query("SET LOCAL maintenance_work_mem = '256MB'");
  for (const { definition } of indexes.rows) await client.query(definition);
  log(`${indexes.rows.length} indexes built again: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  for (const { table, name, definition } of foreignKeys.rows)
    await client.query(`ALTER TABLE ${quote(table)} ADD CONSTRAINT ${quote(name)} ${definition}`);
  log(
    `${foreignKeys.rows.length} foreign keys added back and checked: ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result;
}
