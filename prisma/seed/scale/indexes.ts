// A bulk load is several times faster into tables without their secondary indexes: each row would
// otherwise update every index at a random place. Inside the load's transaction the indexes not
// backing a constraint are dropped and built again from their own definitions once the rows are in,
// so unique indexes are checked when rebuilt; primary keys, foreign keys and CHECKs stay throughout.
import type pg from "pg";

type IndexDefinition = { name: string; definition: string };

export async function withoutSecondaryIndexes<T>(
  client: pg.Client,
  tables: string[],
  load: () => Promise<T>,
  log: (line: string) => void,
): Promise<T> {
  const { rows } = await client.query<IndexDefinition>(
    `SELECT ic.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_class t ON t.oid = i.indrelid
     WHERE t.relname = ANY($1::text[]) AND t.relnamespace = current_schema()::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
     ORDER BY ic.relname`,
    [tables],
  );
  for (const { name } of rows) await client.query(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  const result = await load();
  const started = Date.now();
  // Sorting in memory rather than in temporary files: this transaction's own setting only.
  await client.query("SET LOCAL maintenance_work_mem = '256MB'");
  for (const { definition } of rows) await client.query(definition);
  log(`${rows.length} indexes built again: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
