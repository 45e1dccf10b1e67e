import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "@/lib/http/forwarded";

describe("the client address rate limits see", () => {
  it("is the socket's when clients connect directly: X-Forwarded-For is the client's own writing", () => {
    expect(resolveClientAddress({ socketAddress: "::ffff:198.51.100.7", forwardedFor: "1.2.3.4", trustedHops: 0 })).toBe("198.51.100.7");
    expect(resolveClientAddress({ socketAddress: "2001:db8::1", forwardedFor: undefined, trustedHops: 0 })).toBe("2001:db8::1");
  });

  it("is the N-th entry from the right behind N trusted proxies", () => {
    const chain = "6.6.6.6, 203.0.113.9, 10.0.0.2";
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: chain, trustedHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: chain, trustedHops: 2 })).toBe("203.0.113.9");
    // a client prepending its own entries cannot move the one the proxies appended
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: `1.1.1.1, ${chain}`, trustedHops: 2 })).toBe("203.0.113.9");
  });

  it("falls back to the socket when the chain is garbage", () => {
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: "not-an-ip", trustedHops: 1 })).toBe("10.0.0.3");
    expect(resolveClientAddress({ socketAddress: "10.0.0.3", forwardedFor: ["203.0.113.9", "10.0.0.2"], trustedHops: 1 })).toBe("10.0.0.2");
  });
});
