import "server-only";
import type { CasualtyMetric } from "@claimdesk/schemas";
import { serverApi } from "@/lib/server-api";
import type { Tally } from "./tally-types";

/**
 * The event's tally for the metric asked for in the address; without one, the first metric that has figures
 * (killed when none has), so that a bare event address opens on a tally with something in it.
 */
export async function loadTally(eventId: string, asked: CasualtyMetric | undefined): Promise<Tally> {
  const api = await serverApi();
  const first = await api.event.tally({ eventId, metric: asked ?? "KILLED" });
  if (asked) return first;
  const withFigures = first.metrics.find(({ figures }) => figures > 0)?.metric ?? "KILLED";
  return withFigures === first.metric ? first : api.event.tally({ eventId, metric: withFigures });
}

/**
 * The event's tally for every metric that has figures, the one already loaded reused: what the event may print
 * depends on each metric's house figure and on which of its figures are superseded.
 */
export async function loadAllTallies(shown: Tally): Promise<Tally[]> {
  const api = await serverApi();
  const metrics = shown.metrics.filter(({ figures }) => figures > 0).map(({ metric }) => metric);
  return Promise.all(metrics.map((metric) => (metric === shown.metric ? shown : api.event.tally({ eventId: shown.event.id, metric }))));
}
