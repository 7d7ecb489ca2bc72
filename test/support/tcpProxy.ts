import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the real Neo4j, for network faults: `cut()` drops every open
 * connection (as a crashed server or a broken network does) and refuses new ones until `restore()`.
 */
export interface TcpProxy {
  port: number;
  /** Connections that were open when cut (0 means the cut hit nothing). */
  cut(): number;
  restore(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let refusing = false;
  const server: Server = createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, targetHost);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    cut() {
      refusing = true;
      const clients = open.size / 2;
      for (const socket of open) socket.destroy();
      return clients;
    },
    restore() {
      refusing = false;
    },
    close() {
      for (const socket of open) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
