import { createServer } from "node:net";

/** A range of ports a drill may use (a shared machine gives each engineer one), inclusive. */
export interface PortRange {
  from: number;
  to: number;
}

// Ports this process already handed out: the caller binds them a little later, so a second call
// must not return the same one in the meantime.
const handedOut = new Set<number>();

function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(undefined));
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : undefined;
      server.close(() => resolve(bound));
    });
  });
}

/**
 * A loopback port nothing listens on right now: the OS picks it from its ephemeral range, or, with
 * `range`, the first free port in it not handed out before.
 * @example await freePort({ from: 4100, to: 4199 }) // 4100
 */
export async function freePort(range?: PortRange): Promise<number> {
  if (!range) {
    const port = await tryListen(0);
    if (port === undefined) throw new Error("no free loopback port");
    return port;
  }
  for (let port = range.from; port <= range.to; port++) {
    if (handedOut.has(port)) continue;
    if ((await tryListen(port)) === port) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free loopback port in ${range.from}-${range.to}`);
}
