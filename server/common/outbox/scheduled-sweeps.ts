import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Time passing raises no trigger: an approval to use posts comes within 30
 * days of its last day or expires, a return's due date passes, while nobody
 * writes. Each sweep is a database function, idempotent under its own locks so
 * several servers may sweep at once (sweep_approval_alerts,
 * sweep_overdue_returns); all run at start and then every `intervalMinutes`.
 */
export class ScheduledSweeps {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly sweepFunctions: readonly string[],
    private readonly intervalMinutes: number,
  ) {}

  async start(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void (this.running = this.sweep().catch((error: unknown) => console.error('scheduled sweep failed:', error))), this.intervalMinutes * 60_000);
    this.timer.unref();
  }

  /** Runs every sweep, one after the other, each in its own transaction. */
  async sweep(): Promise<void> {
    const connection = this.orm.em.fork().getConnection();
    for (const sweepFunction of this.sweepFunctions) await connection.execute(`select ${sweepFunction}()`);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running.catch(() => undefined);
  }
}
