/** What became of a message this container finished: delivered, or its failure written to an error stream. */
export type Handled = "delivered" | "recorded";

/** Messages remembered per container: at about 100 bytes each, 10,000 take about 1 MB of the function's memory. */
export const LEDGER_CAPACITY = 10_000;

/**
 * The messages this container has finished, by where they were read (stream, partition, offset), oldest forgotten
 * first. A batch can come back whole after part of it was finished: the Service Connector re-invokes process when
 * a failure could not be recorded, and retry reads a batch again when its commit failed. Skipping what is in the
 * ledger keeps one delivery from reaching the target twice and one failure from being recorded twice. Fn sends a
 * container one call at a time, and a group's partitions stay with the container's consumer instance, so the repeat
 * usually lands here; where it does not, the idempotency key lets the target drop the duplicate.
 */
export class HandledLedger {
  private readonly entries = new Map<string, Handled>();

  constructor(private readonly capacity: number = LEDGER_CAPACITY) {}

  get(id: string): Handled | undefined {
    return this.entries.get(id);
  }

  set(id: string, handled: Handled): void {
    this.entries.delete(id);
    this.entries.set(id, handled);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
