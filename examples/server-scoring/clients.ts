/// <reference types="node" />
import { createHash, randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/**
 * Who is making a request. A platform passes its own (for example from its session or an
 * `Authorization` header); the default gives each browser an anonymous learner cookie.
 */
export interface LearnerIdentity {
  /** The learner making this request (an opaque id, kept with their attempts), or null when unknown. */
  identify(req: IncomingMessage): string | null;
  /**
   * Makes a new learner for a request that has none, when starting an attempt. Returns the id and
   * the headers that make the client's later requests carry it. Without it, unknown learners get 401.
   */
  enroll?(req: IncomingMessage): { learnerId: string; headers: Record<string, string> };
}

const COOKIE = "civics_learner";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Anonymous learners by cookie: a random token in an `HttpOnly`, `SameSite=Strict` cookie. The
 * database keeps only a hash of the token, so reading it gives nobody a way to act as a learner.
 * Anyone can become a new learner by dropping the cookie, so this identity binds attempts to a
 * browser but cannot enforce attempt limits on a person: that needs the platform's own login.
 *
 * @param options - `secure: true` adds the `Secure` attribute (serve over HTTPS).
 * @returns An identity for {@link createServer}.
 * @example
 * createServer({ identity: cookieIdentity({ secure: true }) });
 */
export function cookieIdentity(options: { secure?: boolean } = {}): LearnerIdentity {
  const attributes = `Path=/; HttpOnly; SameSite=Strict; Max-Age=31536000${options.secure ? "; Secure" : ""}`;
  const learnerOf = (token: string) => createHash("sha256").update(token).digest("base64url").slice(0, 22);
  return {
    identify(req) {
      for (const part of (req.headers.cookie ?? "").split(";")) {
        const [name, value = ""] = part.trim().split("=", 2);
        if (name === COOKIE && TOKEN.test(value)) return learnerOf(value);
      }
      return null;
    },
    enroll() {
      const token = randomBytes(32).toString("base64url");
      return { learnerId: learnerOf(token), headers: { "set-cookie": `${COOKIE}=${token}; ${attributes}` } };
    },
  };
}

/**
 * The client a request counts against for rate limits: its IP address, an IPv6 address by its
 * /64 network (one household or host usually has a whole /64). With `trustProxy`, the address
 * the proxy in front of this server appended to `X-Forwarded-For`.
 */
export function clientOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy
    ? String(req.headers["x-forwarded-for"] ?? "")
        .split(",")
        .pop()
        ?.trim()
    : undefined;
  let address = forwarded || req.socket.remoteAddress || "unknown";
  if (address.startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  if (isIP(address) !== 6) return address;
  const groups = expandIpv6(address);
  return `${groups.slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, with `::` expanded. */
function expandIpv6(address: string): string[] {
  const [head = "", tail = ""] = address.split("::", 2);
  const left = head ? head.split(":") : [];
  const right = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const fill = address.includes("::") ? Array(8 - left.length - right.length).fill("0") : [];
  return [...left, ...fill, ...right].map((group) => group.toLowerCase());
}
