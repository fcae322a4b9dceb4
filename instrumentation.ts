// Next calls register() once when a server process starts: the job worker lives in the server so
// that `npm start` runs it, and on the embedded database it shares the server's one connection.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Before the first request: clients are keyed by the socket's address, bad uploads refused early.
  const { installNodeGate } = await import("@/lib/http/node-gate");
  installNodeGate();
  // Shows left LIVE by the last stop, once nginx has had time to take back any real publisher.
  setTimeout(() => {
    import("@/lib/live/sessions/stale")
      .then(({ endStaleLiveSessions }) => endStaleLiveSessions())
      .catch((error: Error) => console.error("[live] stale session sweep failed:", error.message));
  }, 30_000).unref();
  if (process.env.JOBS === "off") return;
  const { startJobWorker } = await import("@/lib/jobs/worker");
  await startJobWorker();
}
