// Module workers started under a page's Trusted Types, shared by the parse and search workers so
// that the policy is made once per page (a CSP may allow a policy name only once).

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
type TrustedTypes = { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy };

/** The Trusted Types policy for workers' URLs: undefined until asked for, null where refused. */
let policy: ScriptUrlPolicy | null | undefined;

/**
 * The browser's Worker, given its URL through the Trusted Types policy `event-timeline` where the
 * browser has Trusted Types (a page that enforces them names it in its CSP's `trusted-types`).
 * Importers name it `Worker`, so that the line that starts one keeps the form bundlers find a
 * worker by, `new Worker(new URL('…', import.meta.url))`, and emit its file beside the bundle.
 */
export const TrustedWorker = function TrustedWorker(url: URL, options: WorkerOptions) {
  const types = (globalThis as { trustedTypes?: TrustedTypes }).trustedTypes;
  if (policy === undefined && types) {
    try {
      policy = types.createPolicy('event-timeline', { createScriptURL: (href) => href });
    } catch {
      policy = null;
    }
  }
  if (policy === null) throw new TypeError('the Trusted Types policy event-timeline is refused');
  return new globalThis.Worker((policy?.createScriptURL(url.href) ?? url) as URL, options);
} as unknown as typeof globalThis.Worker;
