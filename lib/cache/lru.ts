/** A size-bounded least-recently-used map: the handlers' stores. */
export class LruStore<V> {
  private entries = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    this.entries.delete(key); // most recently used goes last
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V, size: number) {
    this.delete(key);
    if (size > this.maxBytes) return; // larger than the whole store: not worth keeping
    this.entries.set(key, { value, size });
    this.total += size;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= entry.size;
    }
  }

  delete(key: string) {
    const hit = this.entries.get(key);
    if (!hit) return;
    this.entries.delete(key);
    this.total -= hit.size;
  }

  get size() {
    return this.entries.size;
  }
}
