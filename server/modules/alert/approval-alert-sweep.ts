import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Time passing raises no trigger: an approval comes within 30 days of its last
 * day, or expires, while nobody writes. The sweep evaluates those approvals
 * (the database function sweep_approval_alerts, idempotent under each
 * approval's row lock, so several servers may sweep at once) at start and then
 * every `intervalMinutes`.
 */
export class ApprovalAlertSweep {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly intervalMinutes: number,
  ) {}

  async start(): Promise<void> {
    await this.sweep();
    this.timer = setInterval(() => void (this.running = this.sweep().catch((error: unknown) => console.error('approval alert sweep failed:', error))), this.intervalMinutes * 60_000);
    this.timer.unref();
  }

  /** Evaluates the approvals due now. */
  async sweep(): Promise<void> {
    await this.orm.em.fork().getConnection().execute('select sweep_approval_alerts()');
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running.catch(() => undefined);
  }
}
