import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { emptyState, type State } from "./store";

const SAVE_DELAY_MS = 100;

export function loadState(file: string): State {
  if (!existsSync(file)) return emptyState();
  try {
    const saved = JSON.parse(readFileSync(file, "utf8")) as Partial<State>;
    if (saved.version !== 1) throw new Error(`unknown version ${String(saved.version)}`);
    // Spread over an empty state so a file from an older build still has every collection.
    return { ...emptyState(), ...saved };
  } catch (error) {
    throw new Error(`stripe-local: cannot read state file ${file}: ${(error as Error).message}`);
  }
}

/** Saves the state a moment after the last change, so a burst of requests costs one write. */
export class StateSaver {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: string,
    private readonly current: () => State,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), SAVE_DELAY_MS);
    this.timer.unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    mkdirSync(dirname(this.file), { recursive: true });
    // Write then rename: a crash mid-write never leaves half a file to load next time.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.current()));
    renameSync(temporary, this.file);
  }
}
