import type { QuotaAlertEventMessage } from './alert-event.types';

type Listener = (event: QuotaAlertEventMessage) => void;

/**
 * One topic per bureau (by division code): an event goes to the topics of its
 * unit's bureau and of every ancestor, found in its tree path, so delivery
 * costs the depth of the tree, not the number of subscribers.
 */
export class AlertBus {
  private readonly topics = new Map<string, Set<Listener>>();

  subscribe(bureauCode: string, listener: Listener): () => void {
    let listeners = this.topics.get(bureauCode);
    if (!listeners) this.topics.set(bureauCode, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners!.delete(listener);
      if (listeners!.size === 0) this.topics.delete(bureauCode);
    };
  }

  publish(event: QuotaAlertEventMessage): void {
    for (const code of event.bureauPath.split('/')) {
      if (!code) continue;
      for (const listener of this.topics.get(code) ?? []) listener(event);
    }
  }
}
