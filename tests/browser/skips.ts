// Every browser test that an engine truly cannot run, with the reason. `npm test` prints how many
// were skipped per engine. A title matches each test whose full title ("suite … test") starts with it.
import type { Engine } from './engine.js';

export interface Skip {
  title: string;
  engines: Engine[];
  why: string;
}

const A11Y_TREE =
  "reads the browser's accessibility tree through Chromium's DevTools protocol; Firefox over WebDriver BiDi and WebKit over WebDriver classic expose no accessibility tree";
const FORCED =
  "emulates forced colours through Chromium's DevTools protocol; neither WebDriver BiDi nor WebDriver classic can turn forced colours on in a running page";

export const SKIPS: Skip[] = [
  {
    title: 'accessibility matrix the accessibility tree',
    engines: ['firefox', 'webkit'],
    why: A11Y_TREE,
  },
  {
    title: 'accessibility matrix axe-core finds no WCAG 2.x A/AA (2.2) violations forced colours',
    engines: ['firefox', 'webkit'],
    why: FORCED,
  },
  { title: 'accessibility matrix forced colours', engines: ['firefox', 'webkit'], why: FORCED },
  {
    title: 'vertical layout on a 320 px phone',
    engines: ['webkit'],
    why: "MiniBrowser's GTK window is at least 447 px wide, so no 320 px viewport can be had (the element's own width is tested at 320 px in every engine elsewhere)",
  },
  {
    title: 'the card, next to its event on a phone (375 px)',
    engines: ['webkit'],
    why: "MiniBrowser's GTK window is at least 447 px wide, so no 375 px viewport can be had (the inline card of an element 375 px wide is tested in every engine in vertical.test.ts)",
  },
  {
    title: 'the page while a 100,000-event src loads',
    engines: ['firefox', 'webkit'],
    why: 'observes long tasks, which only Chromium reports (the Long Tasks API); the worker itself is tested in every engine',
  },
  {
    title: 'printing',
    engines: ['firefox', 'webkit'],
    why: "lays the page out for paper through Chromium's DevTools protocol (Emulation.setEmulatedMedia); WebDriver BiDi and classic cannot emulate print media",
  },
  {
    title: 'memory 1,000 data swaps',
    engines: ['firefox', 'webkit'],
    why: 'needs gc() and exact heap sizes, which only Chromium exposes (--js-flags=--expose-gc, performance.memory)',
  },
];
