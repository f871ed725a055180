import { Analyses, Members, Sessions, Settings, type InstanceSettings, type Ledger, type Member } from '../store/index.js';
import { coalesced } from './coalesce.js';
import type { Day } from '../analysis/index.js';
import type { UrlPolicy } from '../ingest/index.js';

/** How one server runs: set by `serve` from the environment, by tests directly. */
export interface AppOptions {
  /** Members only, whatever the settings row says (env AIRLEDGER_PRIVATE=1). */
  private?: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (env AIRLEDGER_TRUST_PROXY=1). */
  trustProxy?: boolean;
  /** Mark cookies Secure even when the request does not say https (env AIRLEDGER_SECURE_COOKIES=1). */
  secureCookies?: boolean;
  /**
   * `{url}` imports may fetch from loopback, private and link-local addresses (env AIRLEDGER_ALLOW_PRIVATE_URLS=1,
   * for an intranet deployment); by default only public addresses are fetched.
   */
  allowPrivateUrls?: boolean;
  /** Where `{url}` imports may connect when private addresses are not allowed; tests pass their own. */
  urlPolicy?: UrlPolicy;
  /** Memory for answers kept between ledger changes, in bytes (env AIRLEDGER_CACHE_MB; default 64 MB; 0: off). */
  readCacheBytes?: number;
  /** "Today" for claim checks (env AIRLEDGER_TODAY; default the current UTC day). */
  today?: () => Day;
}

/** The app's options as the environment gives them. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): AppOptions {
  const on = (value: string | undefined) => value === '1' || value === 'true';
  const cacheMb = env.AIRLEDGER_CACHE_MB === undefined ? undefined : Number(env.AIRLEDGER_CACHE_MB);
  if (cacheMb !== undefined && !(cacheMb >= 0)) throw new Error(`AIRLEDGER_CACHE_MB: expected a number of megabytes, not "${env.AIRLEDGER_CACHE_MB}"`);
  return {
    private: on(env.AIRLEDGER_PRIVATE),
    trustProxy: on(env.AIRLEDGER_TRUST_PROXY),
    secureCookies: on(env.AIRLEDGER_SECURE_COOKIES),
    allowPrivateUrls: on(env.AIRLEDGER_ALLOW_PRIVATE_URLS),
    ...(cacheMb === undefined ? {} : { readCacheBytes: cacheMb * 1024 * 1024 }),
  };
}

/** Everything a route group needs: the ledger and the workbench's tables beside it. */
export interface Workbench {
  ledger: Ledger;
  members: Members;
  sessions: Sessions;
  settings: Settings;
  analyses: Analyses;
  options: AppOptions;
  today(): Day;
  /** The instance settings and the ledger's version, read once for a crowd of concurrent requests. */
  ledgerState(): Promise<{ settings: InstanceSettings; version: string }>;
}

export function workbenchFor(ledger: Ledger, options: AppOptions = {}): Workbench {
  const settings = new Settings(ledger.db);
  return {
    ledger,
    members: new Members(ledger.db),
    sessions: new Sessions(ledger.db),
    settings,
    ledgerState: coalesced(() => settings.readWithVersion()),
    analyses: new Analyses(ledger.db),
    options,
    today: options.today ?? (() => process.env.AIRLEDGER_TODAY ?? new Date().toISOString().slice(0, 10)),
  };
}

/** Who is asking: a member or an anonymous visitor, with the CSRF token their writes must carry. */
export interface Visitor {
  member: Member | null;
  csrfToken: string;
  /** The session cookie's token, to end that session at logout or at the next login. */
  sessionToken: string | null;
  /** The workbench is for members only. */
  privateInstance: boolean;
}

/** Hono's typing for the variables every route can read; `ledgerVersion` changes with every committed write. */
export type AppEnv = { Variables: { visitor: Visitor; ledgerVersion: string } };
