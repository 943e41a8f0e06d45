/** One event of a Chrome trace (the parts the profilers read). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event: unlike dur, it leaves out the time other processes (and the throttling) took. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { frame?: string; isMainFrame?: boolean; documentLoaderURL?: string }; name?: string };
}

/**
 * One thread's complete events ('X') by kind, each counted exclusive of the ones inside it: its own
 * time goes to its kind, else to the nearest enclosing event's kind, else to 'other'. In wall time,
 * or with `clock` 'cpu' the thread's CPU time (what a busy machine and the throttling do not inflate).
 */
export function ownTimeByKind(thread: TraceEvent[], kinds: Record<string, string>, clock: 'wall' | 'cpu'): Map<string, number> {
  const events = thread.filter((e) => e.ph === 'X' && e.dur).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = new Map<string, number>();
  const spent = (e: TraceEvent) => (clock === 'cpu' ? (e.tdur ?? e.dur!) : e.dur!);
  const stack: { end: number; spent: number; kind: string; children: number }[] = [];
  const close = () => {
    const done = stack.pop()!;
    totals.set(done.kind, (totals.get(done.kind) ?? 0) + (done.spent - done.children) / 1000);
  };
  for (const event of events) {
    while (stack.length && stack[stack.length - 1].end <= event.ts) close();
    const parent = stack[stack.length - 1];
    if (parent) parent.children += spent(event);
    stack.push({ end: event.ts + event.dur!, spent: spent(event), kind: kinds[event.name] ?? parent?.kind ?? 'other', children: 0 });
  }
  while (stack.length) close();
  return totals;
}
