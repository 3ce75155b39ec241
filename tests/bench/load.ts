import autocannon from "autocannon";

// One measurement: a fixed number of connections sending one kind of request for a while. Latencies are taken from
// each response (autocannon's own summary has no 95th percentile).

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  /** A new body for each request (creates must not repeat one another). */
  body?: () => string;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than 2xx, and connection errors or timeouts. */
  failures: number;
}

const percentile = (sorted: readonly number[], p: number) => (sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);

export async function measure(baseUrl: string, request: LoadRequest, connections: number, durationSeconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const options: autocannon.Options = {
    url: baseUrl,
    connections,
    duration: durationSeconds,
    timeout: 60,
    requests: [
      {
        method: request.method,
        path: request.path,
        headers: request.headers,
        ...(request.body ? { setupRequest: (req: autocannon.Request) => ({ ...req, body: request.body!() }) } : {}),
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) failures++;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / durationSeconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: failures + result.errors + result.timeouts,
  };
}

/**
 * Waits until the server has worked off what a measurement left in flight: the requests autocannon abandoned at the
 * end still run (a backlog of 50 tallies is seconds of work), and must not be counted against the next measurement.
 * One more request of the same kind queues behind them.
 */
export async function settle(baseUrl: string, request: LoadRequest): Promise<void> {
  await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body?.(), signal: AbortSignal.timeout(120_000) }).then((response) => response.arrayBuffer(), () => undefined);
}

