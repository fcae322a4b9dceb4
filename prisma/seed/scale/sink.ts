// Where the scale seed's rows go: COPY FROM STDIN on a PostgreSQL server (the fastest way in), and the
// demo's multi-row INSERT … SELECT FROM unnest(arrays) on the embedded PGlite, whose socket server does
// not carry COPY's sub-protocol (it drops the connection: "protocol synchronization was lost").
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { bulkInsert, type Column, cellText } from "../bulk";

export type TableSink = {
  method: "COPY" | "INSERT … unnest";
  write: <T>(table: string, columns: readonly Column<T>[], rows: T[]) => Promise<void>;
};

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const SPECIAL = /[\\\t\n\r]/;

/** One value in COPY's text format: \N for NULL, backslash escapes for the four special characters. */
function copyCell(text: string | null): string {
  if (text === null) return "\\N";
  return SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : text;
}

const LINES_PER_CHUNK = 5_000;

function* copyText<T>(columns: readonly Column<T>[], rows: T[]) {
  for (let start = 0; start < rows.length; start += LINES_PER_CHUNK) {
    let chunk = "";
    const end = Math.min(rows.length, start + LINES_PER_CHUNK);
    for (let i = start; i < end; i++) {
      const row = rows[i] as T;
      chunk += `${columns.map(([, , value]) => copyCell(cellText(value(row)))).join("\t")}\n`;
    }
    yield chunk;
  }
}

export function copySink(client: pg.Client): TableSink {
  return {
    method: "COPY",
    async write(table, columns, rows) {
      if (rows.length === 0) return;
      const names = columns.map(([name]) => `"${name}"`).join(", ");
      const stream = client.query(copyFrom(`COPY "${table}" (${names}) FROM STDIN`));
      await pipeline(Readable.from(copyText(columns, rows)), stream);
    },
  };
}

export function insertSink(client: pg.Client): TableSink {
  const executor = { $executeRawUnsafe: (sql: string, ...values: unknown[]) => client.query(sql, values) };
  return {
    method: "INSERT … unnest",
    write: (table, columns, rows) => bulkInsert(executor, table, columns, rows),
  };
}

/** COPY where the server speaks it; the embedded PGlite names itself in version(). */
export async function sinkFor(client: pg.Client): Promise<TableSink> {
  const { rows } = await client.query<{ version: string }>("SELECT version()");
  return rows[0]?.version.includes("PGlite") ? insertSink(client) : copySink(client);
}

/** The same sink, adding up how long each table's writes took (wall time, for the phase report). */
export function timedSink(sink: TableSink): TableSink & { timings: Map<string, number> } {
  const timings = new Map<string, number>();
  return {
    method: sink.method,
    timings,
    async write(table, columns, rows) {
      const started = Date.now();
      await sink.write(table, columns, rows);
      timings.set(table, (timings.get(table) ?? 0) + Date.now() - started);
    },
  };
}
