/**
 * The simulator as a web-standard fetch handler (Hono). Middleware order: request id and CORS →
 * path and method (404, 405) → faults → auth and rate limit (not for the public video) → routes;
 * every failure becomes the documented error body, never a stack trace.
 */
import { Hono, type Context, type MiddlewareHandler, type Next } from "hono";
import { Accounts, type Account } from "./auth/accounts.ts";
import { FAILURE_CODES } from "./contract/names.ts";
import { seedDocsExample } from "./docs-example.ts";
import { NO_FAULTS } from "./faults/config.ts";
import { CONTROL_PREFIX, dashboardRoutes } from "./dashboard/routes.ts";
import { faultMiddleware } from "./faults/middleware.ts";
import { corsAndRequestId } from "./http/cors.ts";
import type { AppEnv } from "./http/env.ts";
import { ApiError, errorResponse } from "./http/errors.ts";
import { refuseRoute, routeNotFound } from "./http/path-methods.ts";
import { RateLimiter } from "./limits/rate-limit.ts";
import { DEV_KEY, resolveOptions, type ResolvedOptions, type SimulatorOptions } from "./options.ts";
import type { SimulatorContext } from "./routes/context.ts";
import { generateRoute } from "./routes/generate.ts";
import { generationsRoute } from "./routes/generations.ts";
import { statusRoute } from "./routes/status.ts";
import { userRoute } from "./routes/user.ts";
import { videoRoute } from "./routes/video.ts";
import { MemoryStore } from "./store/memory.ts";
import { StoreWriteError, type Store } from "./store/types.ts";
import { generationId, requestId } from "./util/random.ts";
import { placeholderVideo } from "./video/placeholder.ts";

export interface Simulator {
  /** The fetch handler: `(request, env?) => Response`, for Node, Deno, Bun and Workers alike. */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  app: Hono<AppEnv>;
  store: Store;
  options: ResolvedOptions;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const resolved = resolveOptions(options, { faults: NO_FAULTS, failureCode: defaultFailureCode() });
  if (!FAILURE_CODES.includes(resolved.failures.code)) {
    throw new Error(`failure code must be one of ${FAILURE_CODES.join(", ")}`);
  }
  const ctx: SimulatorContext = {
    options: resolved,
    store: options.store ?? new MemoryStore(),
    accounts: new Accounts(resolved.keys),
    rateLimiter: new RateLimiter(),
    video: options.video ?? placeholderVideo,
    newGenerationId: options.generationId ?? generationId,
  };
  const app = new Hono<AppEnv>();
  // Hashing the key is asynchronous; the first request waits for the seed, later ones find it done.
  const seeded = options.devKey !== false && options.docsExample !== false ? seedDocsExample(ctx.store, options.devKey ?? DEV_KEY) : undefined;
  if (seeded) {
    let done = false;
    void seeded.then(() => (done = true));
    app.use((_c, next) => (done ? next() : seeded.then(next)));
  }

  // Every answer waits until the writes it may show are durable; if they were lost, it is a 503.
  const durable: MiddlewareHandler<AppEnv> = async (_c, next) => {
    await next();
    await ctx.store.durable?.();
  };
  app.use(`${CONTROL_PREFIX}/*`, durable);
  // Before CORS and the contract's path check: the dashboard and its simulator-only controls.
  dashboardRoutes(app, ctx, options.devKey === false ? undefined : (options.devKey ?? DEV_KEY));
  app.use(corsAndRequestId());
  app.use(durable);
  // Before faults and auth: a path or method the contract does not have is answered the same way
  // with or without a key, and is never an operation that a fault could hit.
  app.use((c, next) => {
    const refused = refuseRoute(c.req.method, c.req.path);
    if (refused) throw refused;
    return next();
  });
  app.use(faultMiddleware(resolved.faults, options.dropConnection ?? (() => false)));
  const admit = (c: Context<AppEnv>, account: Account, next: Next) => {
    c.set("account", account);
    const rateLimit = ctx.rateLimiter.check(account.id, account.config.rateLimit ?? resolved.rateLimit, resolved.now());
    if (rateLimit) c.set("rateLimit", rateLimit);
    return next();
  };
  // A known key's account is at hand after its first request; only that one waits for the hash.
  const authenticate: MiddlewareHandler<AppEnv> = (c, next) => {
    const account = ctx.accounts.authenticate(c.req.header("authorization"));
    return account instanceof Promise ? account.then((known) => admit(c, known, next)) : admit(c, account, next);
  };
  for (const path of ["/v1/generate", "/v1/status/*", "/v1/generations", "/v1/user"]) app.use(path, authenticate);

  generateRoute(app, ctx);
  statusRoute(app, ctx);
  generationsRoute(app, ctx);
  userRoute(app, ctx);
  videoRoute(app, ctx);

  // Reached only if a route and the spec's paths disagree; the path check above answers first.
  app.notFound((c) => errorResponse(routeNotFound(c.req.method, c.req.path), c.get("requestId"), c.req.method));
  app.onError((error, c) => {
    const known = error instanceof ApiError ? error : error instanceof StoreWriteError ? storeUnavailable(error) : internalError(error);
    return errorResponse(known, c.get("requestId") ?? requestId(), c.req.method, c.get("rateLimit"));
  });

  return { fetch: (request, env) => app.fetch(request, env), app, store: ctx.store, options: resolved };
}

function internalError(error: unknown): ApiError {
  // The cause goes to the log of whoever embeds the simulator, never into the answer.
  console.error("simulator: unexpected error", error instanceof Error ? error.message : error);
  return new ApiError("internal_error", "The server failed to handle this request. Retry later; the request id identifies it.");
}

/** Seconds a client is asked to wait after a write the store could not make (disk full, read-only file). */
const STORE_RETRY_AFTER_SECONDS = 5;

function storeUnavailable(error: StoreWriteError): ApiError {
  // The store rolled the write back: nothing of the request remains, so retrying is safe.
  console.error("simulator: store write failed:", error.message);
  return new ApiError("service_unavailable", "The simulator could not save this request; nothing of it was kept. Retry after Retry-After seconds.", undefined, {
    "retry-after": String(STORE_RETRY_AFTER_SECONDS),
  });
}

function defaultFailureCode(): string {
  // "Submitting again usually works" is what a random failure should mean.
  return FAILURE_CODES.includes("model_error") ? "model_error" : FAILURE_CODES[0]!;
}
