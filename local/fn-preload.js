/**
 * Preloaded into every function container of `npm run local` (NODE_OPTIONS=--require). Two things a real OCI
 * container gets from its platform:
 *
 * - The internet. A message's target URL names the real host (e.g. https://api.example.com/items/1, which the
 *   function's ALLOWED_TARGET_HOSTS admits); locally, fetch's connections to any host that is not loopback go to
 *   LOCAL_TARGET_ORIGIN instead (the built-in target or the user's base URL, whose path is prepended), with the host
 *   asked for in X-Forwarded-Host. Loopback connections (the OCI stand-ins) are untouched. TLS to the built-in target
 *   is verified against its own CA (LOCAL_TARGET_CA).
 * - An end: a container outlives no platform. When the local runtime that started it is gone (this process was
 *   re-parented), it exits, so a killed runtime leaves no process behind.
 */
/* global setInterval, URL */
const fs = require("fs");
const { Agent, Dispatcher, setGlobalDispatcher } = require("undici");

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\]|::1)$/;

const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.exit(0);
}, 500).unref();

const targetOrigin = process.env.LOCAL_TARGET_ORIGIN;
if (targetOrigin) {
  const target = new URL(targetOrigin);
  const basePath = target.pathname.replace(/\/$/, "");
  const ca = process.env.LOCAL_TARGET_CA ? fs.readFileSync(process.env.LOCAL_TARGET_CA) : undefined;
  const direct = new Agent();
  const toTarget = new Agent(ca ? { connect: { ca } } : {});

  class RouteToTarget extends Dispatcher {
    dispatch(options, handler) {
      const origin = new URL(String(options.origin));
      if (LOOPBACK.test(origin.hostname)) return direct.dispatch(options, handler);
      return toTarget.dispatch(
        {
          ...options,
          origin: target.origin,
          path: basePath + options.path,
          headers: withHeader(options.headers, "x-forwarded-host", origin.host),
        },
        handler,
      );
    }
    close(...args) {
      return Promise.all([direct.close(), toTarget.close()]).then(() => args.find((a) => typeof a === "function")?.());
    }
    destroy(...args) {
      return Promise.all([direct.destroy(), toTarget.destroy()]).then(() =>
        args.find((a) => typeof a === "function")?.(),
      );
    }
  }

  setGlobalDispatcher(new RouteToTarget());
}

/** undici passes headers as an object, a flat [name, value, ...] list, or a list of pairs. */
function withHeader(headers, name, value) {
  if (headers === undefined || headers === null) return { [name]: value };
  if (Array.isArray(headers)) {
    if (headers.length > 0 && Array.isArray(headers[0])) return [...headers, [name, value]];
    return [...headers, name, value];
  }
  if (typeof headers[Symbol.iterator] === "function") return [...headers, [name, value]];
  return { ...headers, [name]: value };
}
