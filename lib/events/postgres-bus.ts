import pg from "pg";
import { ListenerTable, parseEnvelope } from "./listeners";
import type { BusEvent, BusListener, EventBus } from "./types";

// One PostgreSQL channel for every bus channel: LISTEN names are identifiers (63 bytes, no ids with
// arbitrary characters), and a process filters what it receives by the envelope's channel.
const PG_CHANNEL = "xy_events";
const RECONNECT_MS = 1000;

/**
 * PostgreSQL LISTEN/NOTIFY on a real server (not the embedded one: PGlite multiplexes connections
 * onto one backend, so a NOTIFY never reaches another connection's LISTEN). One dedicated connection
 * listens; publishing is `pg_notify` on the app's pool. Payloads stay far below NOTIFY's 8000 bytes.
 */
export class PostgresBus implements EventBus {
  readonly kind = "postgres" as const;
  private readonly listeners = new ListenerTable();
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly notify: (sql: string, values: unknown[]) => Promise<unknown>,
  ) {}

  private listen(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString });
      client.on("notification", (message) => {
        const envelope = message.payload ? parseEnvelope(message.payload) : null;
        if (envelope) this.listeners.deliver(envelope.channel, envelope.event);
      });
      client.on("error", (error) => {
        console.error("[events] postgres listener:", error.message);
        this.client = undefined;
        void client.end().catch(() => {});
        // Viewers catch up from the database; listening resumes for the channels still wanted.
        if (!this.closed && this.listeners.channels().length > 0)
          setTimeout(() => void this.listen().catch(() => {}), RECONNECT_MS).unref();
      });
      await client.connect();
      await client.query(`LISTEN ${PG_CHANNEL}`);
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  async publish(channel: string, event: BusEvent): Promise<void> {
    await this.notify("SELECT pg_notify($1, $2)", [PG_CHANNEL, JSON.stringify({ channel, event })]);
  }

  async subscribe(channel: string, listener: BusListener): Promise<() => void> {
    this.listeners.add(channel, listener);
    await this.listen();
    return () => {
      this.listeners.remove(channel, listener);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => {});
    this.client = undefined;
  }
}
