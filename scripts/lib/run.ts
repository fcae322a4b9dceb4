import { spawn } from "node:child_process";
import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Runs a command with inherited output; resolves on exit code 0, rejects otherwise. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export function step(title: string) {
  console.log(`\n▶ ${title}`);
}

/**
 * Like `run`, but the output goes to `logPath` (for work running beside other output); on failure
 * the log's last lines are printed with the error.
 */
export function runLogged(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logPath: string,
): Promise<void> {
  mkdirSync(path.dirname(logPath), { recursive: true });
  appendFileSync(logPath, `\n$ ${command} ${args.join(" ")}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], env });
    child.stdout.on("data", (chunk: Buffer) => appendFileSync(logPath, chunk));
    child.stderr.on("data", (chunk: Buffer) => appendFileSync(logPath, chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) return resolve();
      const tail = readFileSync(logPath, "utf8").split("\n").slice(-60).join("\n");
      console.error(`\n--- last lines of ${logPath} ---\n${tail}`);
      reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}
