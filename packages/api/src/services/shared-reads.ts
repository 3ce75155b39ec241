// One read serving every caller that asked for the same thing while the read before it ran: 50 pages polling one
// event's tally cost one read at a time rather than 50. A caller never takes a read that had begun before it
// asked, which could miss a change its client has just made: it waits for the next one.

/** The reads of one key: the one running, and the one that starts when it ends. */
interface Reads<T> {
  running?: Promise<T>;
  queued?: Promise<T>;
}

export type SharedReads<T> = Map<string, Reads<T>>;

/** The result of a `read` of `key` that began at or after this call, shared with every caller that waited for it. */
export function readAfterArrival<T>(reads: SharedReads<T>, key: string, read: () => Promise<T>): Promise<T> {
  let state = reads.get(key);
  if (!state) reads.set(key, (state = {}));
  const own = state;
  const start = (): Promise<T> => {
    const running: Promise<T> = read().finally(() => {
      if (own.running === running) own.running = undefined;
      if (!own.running && !own.queued) reads.delete(key);
    });
    own.running = running;
    return running;
  };
  if (!own.running) return start();
  own.queued ??= own.running
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      own.queued = undefined;
      return start();
    });
  return own.queued;
}
