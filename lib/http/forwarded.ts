import { isIP } from "node:net";

const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

/**
 * The client's address as the app may believe it. Clients that reach the app directly
 * (`trustedHops` 0) can write anything into X-Forwarded-For, so only the socket counts.
 * Behind N trusted proxies each appends the address it saw: the client is the N-th entry
 * from the right, and everything further left was written by the client.
 */
export function resolveClientAddress({
  socketAddress,
  forwardedFor,
  trustedHops,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedHops: number;
}): string {
  const socket = socketAddress ? plain(socketAddress) : "unknown";
  if (trustedHops <= 0 || forwardedFor === undefined) return socket;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map(plain)
    .filter(Boolean);
  const candidate = chain.length >= trustedHops ? chain[chain.length - trustedHops] : chain[0];
  return candidate && isIP(candidate) ? candidate : socket;
}

/** Headers a client could use to pose as the site itself (links, the server-action origin check). */
export const PROXY_ONLY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"] as const;
