// Group commit for appends made on their own (AuditStore.appendAlone): while one batch is being written, the
// appends that arrive wait and are written together next, in one transaction under one take of the chain's lock.
// Each caller's promise still settles when its own entry is committed (or has failed), as with one transaction per
// entry; a lead page under load then costs the log one round trip instead of three. A batch that fails is tried
// again entry by entry, so one bad entry fails only itself.

const MAX_BATCH = 50;

interface Waiting<E, B> {
  build: B;
  resolve: (entry: E) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit<E, B> {
  private readonly waiting: Waiting<E, B>[] = [];
  private writing = false;

  /** `write` commits the builds in order and gives their entries, or throws and commits none. */
  constructor(private readonly write: (builds: B[]) => Promise<E[]>) {}

  add(build: B): Promise<E> {
    return new Promise<E>((resolve, reject) => {
      this.waiting.push({ build, resolve, reject });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.waiting.length) await this.commit(this.waiting.splice(0, MAX_BATCH));
    } finally {
      this.writing = false;
    }
  }

  private async commit(batch: Waiting<E, B>[]): Promise<void> {
    try {
      const entries = await this.write(batch.map((w) => w.build));
      batch.forEach((w, i) => w.resolve(entries[i]));
    } catch (err) {
      if (batch.length === 1) return batch[0].reject(err);
      for (const w of batch) await this.commit([w]);
    }
  }
}
