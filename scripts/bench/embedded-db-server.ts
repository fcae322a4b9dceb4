// The embedded PostgreSQL in a process of its own, so its WASM queries never stall the load
// generator's clock in the benchmark process. Prints `{"url": …}` once ready; stops on SIGTERM.
import { startEmbeddedDatabase } from "../lib/embedded-db";

const database = await startEmbeddedDatabase();
console.log(JSON.stringify({ url: database.url }));
const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
