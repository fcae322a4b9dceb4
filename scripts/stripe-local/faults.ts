interface Fault {
  remaining: number;
  pathPrefix: string | null;
  status: number;
}

/** Trouble on demand: answers lost on the way back, or errors before anything runs. */
export class Faults {
  private drop: Fault | null = null;
  private fail: Fault | null = null;

  /** The next `count` matching API requests run fully, then lose their answer (the connection is cut). */
  dropResponses(count: number, pathPrefix: string | null): void {
    this.drop = count > 0 ? { remaining: count, pathPrefix, status: 0 } : null;
  }

  /** The next `count` matching API requests answer `status` with a Stripe `api_error` and change nothing. */
  failRequests(count: number, pathPrefix: string | null, status: number): void {
    this.fail = count > 0 ? { remaining: count, pathPrefix, status } : null;
  }

  /** The status to fail this request with, if a failure is due. */
  takeFailure(path: string): number | null {
    const fault = this.fail;
    if (!fault || !matches(fault, path)) return null;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.fail = null;
    return fault.status;
  }

  takeDrop(path: string): boolean {
    const fault = this.drop;
    if (!fault || !matches(fault, path)) return false;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.drop = null;
    return true;
  }

  pending(): { dropResponses: number; failRequests: number } {
    return { dropResponses: this.drop?.remaining ?? 0, failRequests: this.fail?.remaining ?? 0 };
  }

  reset(): void {
    this.drop = null;
    this.fail = null;
  }
}

function matches(fault: Fault, path: string): boolean {
  return fault.pathPrefix === null || path.startsWith(fault.pathPrefix);
}
