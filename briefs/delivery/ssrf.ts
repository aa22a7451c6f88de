/**
 * SSRF guard for webhook URLs. Security note: a webhook URL is user input that makes this server
 * connect somewhere, so only http(s) is allowed and every address the host resolves to is checked
 * against private, loopback, link-local (cloud metadata 169.254.169.254), carrier-grade NAT,
 * unique-local IPv6 and multicast ranges, in the DNS lookup the connection itself uses (so a name
 * that resolves differently a second time cannot slip through). Redirects are never followed.
 * `allowPrivate` (WEBHOOK_ALLOW_PRIVATE=1) lifts the address check only, for tests and private
 * deployments.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { BlockList, isIP } from "node:net";

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/**
 * Why `address` may not be contacted, or undefined when it may.
 * @example blockedAddressReason("169.254.169.254"); // "link-local or private address 169.254.169.254"
 */
export function blockedAddressReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 0) return `not an IP address: ${address}`;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is checked as the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const hit = mapped ? blocked.check(mapped, "ipv4") : blocked.check(address, family === 4 ? "ipv4" : "ipv6");
  return hit ? `link-local or private address ${address}` : undefined;
}

/** Refuse a URL before connecting: scheme, credentials, and literal IP hosts. */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "not a URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return `scheme ${url.protocol} is not allowed`;
  if (url.username || url.password) return "credentials in the URL are not allowed";
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(host) !== 0) return blockedAddressReason(host);
  return undefined;
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request that resolves the host and fails when any of its addresses is
 * blocked, so the socket only ever connects to an address that was checked.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    dnsLookup(hostname, { all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      if (!allowPrivate) {
        for (const a of addresses) {
          const reason = blockedAddressReason(a.address);
          if (reason) {
            const e: NodeJS.ErrnoException = new Error(`refused: ${hostname} resolves to a ${reason}`);
            e.code = "ESSRF";
            return callback(e, []);
          }
        }
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first)
        return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
      callback(null, first.address, first.family);
    });
  };
}
