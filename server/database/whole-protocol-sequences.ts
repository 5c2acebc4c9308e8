import type { PGlite } from '@electric-sql/pglite';

/** Extended-query messages (Parse, Bind, Describe, Execute, Close, Flush) that leave a sequence open until its Sync. */
const opensSequence = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((letter) => letter.charCodeAt(0)));
/** Sync ends an extended-query sequence; a simple Query is one of its own. */
const closesSequence = new Set(['S', 'Q'].map((letter) => letter.charCodeAt(0)));

/**
 * pglite-socket 0.2 runs the messages of all connections one at a time on
 * PGlite's single session, and keeps one connection's messages together only
 * while a transaction is open. Between transactions, two connections' Parse,
 * Bind and Execute interleave and overwrite each other's unnamed statement and
 * portal: a query gets another's rows (electric-sql/pglite#1046, fix proposed
 * in #977). Reporting "in a transaction" from a connection's first extended
 * message until its Sync keeps each sequence whole.
 */
export function withWholeProtocolSequences(database: PGlite): PGlite {
  let sequenceOpen = false;
  return new Proxy(database, {
    get(target, property) {
      if (property === 'isInTransaction') return () => sequenceOpen || target.isInTransaction();
      if (property === 'execProtocolRawStream') {
        return async (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) => {
          try {
            return await target.execProtocolRawStream(message, options);
          } finally {
            if (opensSequence.has(message[0])) sequenceOpen = true;
            else if (closesSequence.has(message[0])) sequenceOpen = false;
          }
        };
      }
      if (property === 'exec') {
        // The socket server rolls back a departed connection's transaction with exec: its sequence is over too.
        return async (...parameters: Parameters<PGlite['exec']>) => {
          sequenceOpen = false;
          return target.exec(...parameters);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
