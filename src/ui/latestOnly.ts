/**
 * Runs at most one job at a time and keeps only the newest request waiting: while a slider moves,
 * intermediate requests are dropped before they start, and the last one always runs. Every finished
 * result is delivered (the plot follows the drag), flagged `superseded` when a newer one is queued.
 */
export function latestOnly<Req, Res>(
  run: (req: Req) => Promise<Res>,
  onResult: (res: Res, req: Req, superseded: boolean) => void,
  onError: (e: unknown, req: Req, superseded: boolean) => void,
): (req: Req) => void {
  let busy = false;
  let pending: { req: Req } | null = null;
  const pump = async (req: Req) => {
    busy = true;
    try {
      const res = await run(req);
      onResult(res, req, pending !== null);
    } catch (e) {
      onError(e, req, pending !== null);
    } finally {
      busy = false;
      const next = pending;
      pending = null;
      if (next) void pump(next.req);
    }
  };
  return (req: Req) => {
    if (busy) pending = { req };
    else void pump(req);
  };
}
