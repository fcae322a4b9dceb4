// Measures the main pages of a running server with a bounded loopback load, and prints each page's
// throughput next to a baseline (/healthz: one trivial query). Compare ratios within one run: the
// machine is noisy, so absolute numbers from different runs mean little.
// Usage: BASE_URL=http://localhost:3000 npx tsx scripts/bench.ts [seconds per page] [connections]
const baseURL = process.env.BASE_URL ?? "http://localhost:3000";
const seconds = Number(process.argv[2] ?? 5);
const connections = Number(process.argv[3] ?? 10);
const paths = [
  "/healthz",
  "/",
  "/c/turquoise",
  "/s/guo-mingfeng-turquoise",
  "/search?q=%E7%BB%BF%E6%9D%BE%E7%9F%B3",
];

async function measure(path: string) {
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const started = performance.now();
      const response = await fetch(baseURL + path, { headers: { "accept-language": "zh-CN" } }).catch(
        () => null,
      );
      if (!response?.ok) failures++;
      await response?.arrayBuffer();
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { path, perSecond: latencies.length / seconds, p50: at(0.5), p95: at(0.95), failures };
}

async function main() {
  await fetch(`${baseURL}/healthz`); // warm up the server and its connection pool
  const results = [];
  for (const path of paths) results.push(await measure(path));
  const baseline = results[0]?.perSecond ?? 1;
  console.log(`${connections} connections, ${seconds} s per page, ${baseURL}`);
  for (const r of results) {
    console.log(
      `${r.path.padEnd(32)} ${r.perSecond.toFixed(1).padStart(7)} req/s  ` +
        `(${(r.perSecond / baseline).toFixed(2)}× /healthz)  p50 ${r.p50.toFixed(0)} ms  p95 ${r.p95.toFixed(0)} ms` +
        (r.failures ? `  ${r.failures} failed` : ""),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
