/**
 * Tells this server process, once a transaction that ended tokens has
 * committed (a logout, a revocation, a password change or reset, a disabled
 * account), that its open WebSockets should look at their tokens now rather
 * than at the next periodic recheck. Other processes learn of it only through
 * that recheck.
 */
export class TokenEndings {
  private readonly listeners = new Set<() => void>();

  /** Returns the function that stops listening. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Call only after the commit: listeners read the database to find which tokens ended. */
  announce(): void {
    for (const listener of this.listeners) listener();
  }
}
