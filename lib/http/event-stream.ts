import "server-only";

// A comment line now and then keeps proxies and phones from closing a quiet stream.
const HEARTBEAT_MS = 20_000;
// EventSource waits this long before reconnecting after a drop.
const RETRY_MS = 2_000;

const encoder = new TextEncoder();

/** One Server-Sent Events frame; `id` is what a reconnecting browser sends back as Last-Event-ID. */
export const sseFrame = (event: string, data: unknown, id?: number) =>
  `${id === undefined ? "" : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** The seq to resume after: the browser's Last-Event-ID on a reconnect, else `?after=` from the page; -1: none. */
export function resumeSeq(lastEventId: string | null, after: string | null): number {
  for (const value of [lastEventId, after]) {
    if (value && /^\d{1,10}$/.test(value)) return Number(value);
  }
  return -1;
}

/**
 * The plumbing the app's event streams (conversations, live shows) share: writing that stops quietly
 * once the browser has gone, reads run one at a time in the order asked (so frames never overtake
 * each other), a heartbeat, and clean-up however the stream ends.
 */
export class EventStream {
  private controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private reading: Promise<void> = Promise.resolve();
  private cleanups: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly signal: AbortSignal,
    /** Names the stream in the log when a read fails. */
    private readonly label: string,
  ) {
    if (signal.aborted) this.close();
    else signal.addEventListener("abort", () => this.close(), { once: true });
  }

  write(text: string) {
    try {
      this.controller?.enqueue(encoder.encode(text));
    } catch {
      this.close();
    }
  }

  /** Runs `work` after every read queued before it; a failed read is logged, and the stream goes on. */
  queue(work: () => Promise<void>) {
    this.reading = this.reading.then(async () => {
      if (this.signal.aborted) return;
      try {
        await work();
      } catch (error) {
        // The database is away for a moment: the next note or the browser's reconnect catches up.
        console.error(`[${this.label}] stream read failed:`, (error as Error).message);
      }
    });
  }

  /** `cleanup` runs when the stream closes (at once if it already has). */
  onClose(cleanup: () => void) {
    if (this.closed) cleanup();
    else this.cleanups.push(cleanup);
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    try {
      this.controller?.close();
    } catch {}
    this.controller = undefined;
  }

  /** The response; `start` writes the first frames once the body is open. */
  response(start: () => void): Response {
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => {
        if (this.closed) return controller.close();
        this.controller = controller;
        this.write(`retry: ${RETRY_MS}\n\n`);
        start();
        this.heartbeat = setInterval(() => this.write(": keep-alive\n\n"), HEARTBEAT_MS);
      },
      cancel: () => this.close(),
    });
    return new Response(body, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "private, no-store, no-transform",
        // Not gzipped or buffered on the way (Next's compression, nginx): each event leaves at once.
        "Content-Encoding": "none",
        "X-Accel-Buffering": "no",
        Connection: "keep-alive",
      },
    });
  }
}
