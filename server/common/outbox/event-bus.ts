/** What every outbox event carries: its cursor, and where in the tree it happened. */
export interface RoutedEvent {
  /** Position in its outbox (游标): ids committed in order. */
  cursor: string;
  /** Tree path of the bureau the event happened at: routes it to that bureau and its ancestors. */
  bureauPath: string;
}

type Listener<E> = (event: E) => void;

/**
 * One topic per bureau (by division code): an event goes to the topics of its
 * bureau and of every ancestor, found in its tree path, so delivery costs the
 * depth of the tree, not the number of subscribers.
 */
export class EventBus<E extends RoutedEvent> {
  private readonly topics = new Map<string, Set<Listener<E>>>();

  subscribe(bureauCode: string, listener: Listener<E>): () => void {
    let listeners = this.topics.get(bureauCode);
    if (!listeners) this.topics.set(bureauCode, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners!.delete(listener);
      if (listeners!.size === 0) this.topics.delete(bureauCode);
    };
  }

  publish(event: E): void {
    for (const code of event.bureauPath.split('/')) {
      if (!code) continue;
      for (const listener of this.topics.get(code) ?? []) listener(event);
    }
  }
}

/** Reads one outbox: what live delivery and replay both read, so a replay sends exactly what was delivered live. */
export interface OutboxReader<E extends RoutedEvent> {
  /** Events after `cursor`, in cursor order, optionally only those that happened under a tree path. */
  after(cursor: string, limit: number, underPath?: string): Promise<E[]>;
  /** The newest cursor of all, or of the events that happened under a LIKE pattern of tree paths; '0' before any. */
  lastCursor(pathPattern?: string): Promise<string>;
}

/** One outbox's events as a server holds them: the reader and the bus its dispatcher publishes on. */
export interface OutboxChannel<E extends RoutedEvent> {
  bus: EventBus<E>;
  events: OutboxReader<E>;
}
