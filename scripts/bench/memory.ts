// The server's resident memory, read from /proc (Linux): the figure a host's memory limit counts.
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | undefined {
  try {
    // The command name in /proc/<pid>/stat may hold spaces: the fields after its closing ")" are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/** The process that serves requests: `next start` names itself next-server, maybe in a child. */
export function findNextServer(rootPid: number): number {
  const family = new Set([rootPid]);
  let grew = true;
  const pids = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  while (grew) {
    grew = false;
    for (const pid of pids) {
      const parent = parentOf(pid);
      if (parent !== undefined && family.has(parent) && !family.has(pid)) {
        family.add(pid);
        grew = true;
      }
    }
  }
  return [...family].find((pid) => commandOf(pid).startsWith("next-server")) ?? rootPid;
}

/** VmRSS in MB, or NaN once the process is gone. */
export function rssMegabytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
