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
  /** What a link card leads to, by its site: a video, a post, an article, another page. */
  video: 'Video',
  post: 'Post',
  article: 'Article',
  page: 'Link',
  /** The table's column of pictures: their alt text and credit. */
  media: 'Picture',
  /** A linked picture without alt text: its link's name. */
  pictureLink: 'Open the picture’s page',
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
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  wheelHint: 'Use Ctrl + scroll to zoom',
  wheelHintMac: 'Use ⌘ + scroll to zoom',
  /**
   * A cluster's name. `at` says what `dates` is: one day (or time), one month or year, or a span;
   * `categories` (maybe empty) are its members'. "6 events on 11 March 2020: Military",
   * "6 events in 2020", "6 events, 3 to 9 March 2020".
   */
  cluster: (n: number, dates: string, at: 'on' | 'in' | 'span', categories: string) =>
    `${n} events${at === 'span' ? ',' : ` ${at}`} ${dates}${categories && `: ${categories}`}`,
  /** The two ends of a compact span, whose shared month and year stand around it: "3 to 9". */
  between: (start: string, end: string) => `${start} to ${end}`,
  tableView: 'Table',
  tableLoading: 'Loading events…',
  tableCaption: (shown: string, total: string) => `Events ${shown} of ${total}`,
  start: 'Start',
  end: 'End',
  title: 'Event',
  category: 'Category',
  summary: 'Summary',
  /** The last lane, when it holds the categories that have no lane of their own. */
  moreCategories: (n: number, total: string) =>
    n === 1 ? '1 more category' : `${total} more categories`,
  /** Its button: which categories it shows next. */
  showCategories: (first: string, last: string, total: string) =>
    `Show categories ${first}–${last} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  /** Story mode: what its region is, what each slide is, and where a slide stands. */
  story: 'story',
  slide: 'slide',
  slideOf: (n: string, total: string) => `${n} of ${total}`,
  beginStory: 'Begin the story',
  /** The search field, its count of matches ("3 of 248": matches of the events shown) and buttons. */
  search: 'Search events',
  matches: (n: string, total: string) => `${n} of ${total}`,
  nextMatch: 'Next match',
  previousMatch: 'Previous match',
  /** A lane's name is a toggle that shows or hides its events; Alt shows only it. */
  laneToggle: 'Show or hide this category. Alt+click or Alt+Enter: show only this one.',
  showAll: 'Show all categories',
  hiddenCategories: (n: number, total: string) =>
    n === 1 ? '1 category hidden' : `${total} categories hidden`,
  /** Between the parts of a spoken name: "Assad is ousted, 8 December 2024, Politics". */
  comma: ', ',
};

export type Messages = typeof en;
