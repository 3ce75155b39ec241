import type { DatabaseKind } from "./bench-database";
import type { LoadResult } from "./load";
import type { ScenarioGroup } from "./scenarios";

// What the benchmark prints: one line per measurement, then the growth between sizes and the targets.

export interface Measurement {
  database: DatabaseKind;
  claims: number;
  scenario: string;
  group: ScenarioGroup;
  connections: number;
  app: LoadResult;
  bare?: LoadResult;
}

const ms = (value: number) => (Number.isNaN(value) ? "–" : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const rate = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

export const ratioOf = (measurement: Measurement) => (measurement.bare && measurement.bare.requestsPerSecond > 0 ? measurement.app.requestsPerSecond / measurement.bare.requestsPerSecond : null);

export function measurementHeader(): string {
  return `${pad("", 44)} ${padLeft("c", 3)} ${padLeft("req/s", 7)} ${padLeft("p50", 8)} ${padLeft("p95", 8)} ${padLeft("p99", 8)} ${padLeft("bare req/s", 10)} ${padLeft("bare p95", 9)} ${padLeft("app/bare", 8)}  failures`;
}

export function measurementLine(m: Measurement): string {
  const ratio = ratioOf(m);
  const failures = m.app.failures + (m.bare?.failures ?? 0);
  return [
    pad(m.scenario, 44),
    padLeft(String(m.connections), 3),
    padLeft(rate(m.app.requestsPerSecond), 7),
    padLeft(ms(m.app.p50), 8),
    padLeft(ms(m.app.p95), 8),
    padLeft(ms(m.app.p99), 8),
    padLeft(m.bare ? rate(m.bare.requestsPerSecond) : "–", 10),
    padLeft(m.bare ? ms(m.bare.p95) : "–", 9),
    padLeft(ratio === null ? "–" : ratio.toFixed(2), 8),
    ` ${failures > 0 ? failures : ""}`,
  ].join(" ");
}

/** p95 at the largest size over p95 at the smallest, per list and search scenario, at 10 connections. */
export function growthLines(measurements: readonly Measurement[], database: DatabaseKind): string[] {
  const runs = measurements.filter((m) => m.database === database && m.connections === 10 && (m.group === "list" || m.group === "search"));
  const sizes = [...new Set(runs.map((m) => m.claims))].sort((a, b) => a - b);
  if (sizes.length < 2) return [];
  const [smallest, largest] = [sizes[0]!, sizes.at(-1)!];
  const lines = [`Growth of p95 from ${smallest.toLocaleString("en-GB")} to ${largest.toLocaleString("en-GB")} claims (${database}, 10 connections):`];
  for (const scenario of [...new Set(runs.map((m) => m.scenario))]) {
    const bySize = sizes.map((size) => runs.find((m) => m.scenario === scenario && m.claims === size));
    const [first, last] = [bySize[0], bySize.at(-1)];
    if (!first || !last) continue;
    lines.push(`  ${pad(scenario, 44)} ${bySize.map((m) => padLeft(m ? ms(m.app.p95) : "–", 8)).join(" ")}   x${(last.app.p95 / first.app.p95).toFixed(2)}`);
  }
  return lines;
}
