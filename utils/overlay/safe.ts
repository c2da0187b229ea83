// Every ReplyGuard callback that runs inside the host page goes through `safely`: an exception in
// the overlay must never surface in the EHR's typing or sending path.

let reported = 0;

export function reportError(where: string, error: unknown): void {
  if (reported++ < 20) console.warn(`[ReplyGuard] ${where} failed; the page keeps working.`, error);
}

export function safely<A extends unknown[], R>(where: string, fn: (...args: A) => R, fallback?: R) {
  return (...args: A): R | undefined => {
    try {
      return fn(...args);
    } catch (error) {
      reportError(where, error);
      return fallback;
    }
  };
}
