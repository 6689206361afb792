/** English, the fallback for every word a translation does not give. */
export const en = {
  timeline: 'Timeline',
  events: 'Events',
  loading: 'Loading timeline…',
  close: 'Close',
  today: 'Today',
  future: 'Future',
  other: 'Other',
  sources: 'Sources',
  approximately: 'approximately',
  circa: 'c.',
  present: 'present',
  reported: 'reported',
  disputed: 'disputed',
  errorTitle: 'This timeline could not be shown',
  showProblems: 'Show problems',
  hideProblems: 'Hide problems',
  range: (start: string, end: string) => `${start} – ${end}`,
  rangeSpoken: (start: string, end: string) => `from ${start} to ${end}`,
  ongoing: (start: string) => `since ${start}, ongoing`,
  eventCount: (n: number, total: string) => (n === 1 ? '1 event' : `${total} events`),
  skipped: (_n: number, total: string) => `${total} skipped`,
  warnings: (n: number, total: string) => (n === 1 ? '1 warning' : `${total} warnings`),
  cluster: (n: number, dates: string, lane: string) => `${n} events, ${dates}, ${lane}`,
  clusterTitle: (n: number) => `${n} events here`,
};

export type Messages = typeof en;
