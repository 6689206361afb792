/**
 * What the standalone bundle has in place of d3-format (vite.config.ts aliases it here). d3-scale's
 * linear scale reaches d3-format only through its `tickFormat` method, which event-timeline never
 * calls: the axis names its ticks with Intl (format/tick-labels.ts). Without this, d3-format's
 * default locale, set up when it loads, would cost 2.9 KB gzip of every page's first load. Each
 * export throws, so that a call, should one ever be added, fails loudly in the tests rather than
 * formatting wrong.
 */
function unused(): never {
  throw new Error('d3-format is not in the standalone bundle (vite.config.ts): use Intl instead');
}

export const format = unused;
export const formatPrefix = unused;
export const formatSpecifier = unused;
export const precisionFixed = unused;
export const precisionPrefix = unused;
export const precisionRound = unused;
