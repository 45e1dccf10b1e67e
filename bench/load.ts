/** A small closed-loop HTTP load generator: `concurrency` clients, each sending back to back. */
export async function measure(url: string, { requests = 2000, concurrency = 16 }: { requests?: number; concurrency?: number } = {}) {
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next++;
        const t0 = performance.now();
        const response = await fetch(url);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    medianMs: latencies[Math.floor(latencies.length / 2)],
    p95Ms: latencies[Math.floor(latencies.length * 0.95)],
    throughput: latencies.length / seconds,
    failures,
  };
}

export async function warmUp(url: string, times = 50) {
  for (let i = 0; i < times; i++) await (await fetch(url)).arrayBuffer();
}
