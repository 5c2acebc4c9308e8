/** The server closes a socket with 4401 when its token expired or was revoked, 4403 when it had none. */
export function isRefusal(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return code === 4401 || code === 4403;
}

/** The GraphQL endpoint's WebSocket address, on the host that served the client. */
export function webSocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}
