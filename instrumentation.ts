// Next calls register() once when a server process starts: the job worker lives in the server so
// that `npm start` runs it, and on the embedded database it shares the server's one connection.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Before the first request: rate limits and logs key clients by the socket's address.
  const { installPeerAddressHeader } = await import("@/lib/security/peer-address");
  installPeerAddressHeader();
  if (process.env.JOBS === "off") return;
  const { startJobWorker } = await import("@/lib/jobs/worker");
  await startJobWorker();
}
