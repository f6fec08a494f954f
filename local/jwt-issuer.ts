import { generateKeyPairSync, KeyObject } from "crypto";
import { signJwt } from "../stand-ins/signing";

/** How long a token the local issuer mints stays valid: a working session. */
const TOKEN_LIFETIME_SECONDS = 12 * 3600;
const KEY_ID = "local";

/**
 * The identity provider of `npm run local` for an API that takes JWTs: a stack names its issuer's JWKS URI (a real
 * host), and locally every such URI is answered with this issuer's key, as every non-loopback host the functions call
 * lands at the local target. It mints RS256 tokens the gateway then verifies like any other
 * (stand-ins/api-gateway.ts, JWT_AUTHENTICATION).
 */
export class LocalJwtIssuer {
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = { ...publicKey.export({ format: "jwk" }), kid: KEY_ID, alg: "RS256", use: "sig" };
  }

  /** The JWKS document served for every JWKS URI. */
  jwks(): { keys: Record<string, unknown>[] } {
    return { keys: [this.publicJwk] };
  }

  /** A signed token with these claims, issued now and valid for TOKEN_LIFETIME_SECONDS. */
  mint(claims: Record<string, unknown>): string {
    const now = Math.floor(Date.now() / 1000);
    return signJwt({ iat: now, exp: now + TOKEN_LIFETIME_SECONDS, ...claims }, this.privateKey, { kid: KEY_ID });
  }
}
