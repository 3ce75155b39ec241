// Answers the API hands out more than once, unchanged: a cache keeps them (services/tally-cache.ts). Each is
// frozen, so that no caller can change what the next one receives, and turned into superjson's form once: for a
// 1,000-figure tally that took 50 ms a request, most of what a kept answer would still cost.

const shared = new WeakSet<object>();
const serialised = new WeakMap<object, unknown>();

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/** Marks an answer as shared between requests: frozen from here on. */
export function shareAnswer<T extends object>(answer: T): T {
  deepFreeze(answer);
  shared.add(answer);
  return answer;
}

/** A procedure's output in wire form: a shared answer's is made once and reused. */
export function serialiseOutput(value: unknown, serialise: (value: unknown) => unknown): unknown {
  if (typeof value !== "object" || value === null || !shared.has(value)) return serialise(value);
  if (!serialised.has(value)) serialised.set(value, serialise(value));
  return serialised.get(value);
}
