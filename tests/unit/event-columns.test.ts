import { describe, expect, it } from 'vitest';
import { packEvents, unpackEvents } from '../../src/model/event-columns.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import { CERTAINTIES, PRECISIONS } from '../../src/model/types.js';
import { event, mulberry32, randomTimeline, timeline } from './fixtures.js';

/** Packs events as the worker does, clones the columns as postMessage does, and unpacks them. */
const roundTrip = (events: Parameters<typeof packEvents>[0]) =>
  unpackEvents(structuredClone(packEvents(events)));

describe('packEvents and unpackEvents', () => {
  it('give back every field of every kind of event, in the order parseEvent writes them', () => {
    const { model } = parseTimeline(
      timeline([
        event({ id: 'point', start: '2015-09-30', category: 'war', importance: 3 }),
        event({ title: 'Range', start: '2015', end: '2066', approximate: true }),
        event({
          title: 'Ongoing',
          start: '2011-03-15T08:30Z',
          ongoing: true,
          certainty: 'disputed',
        }),
        event({
          title: 'Quoted and sourced',
          start: '-0043-03-15',
          certainty: 'reported',
          summary: 'Two lines\nof summary',
          description: 'First.\n\nSecond — with “quotes” and 🕊',
          quote: { text: 'Veni', by: 'Caesar' },
          sources: [
            { title: 'A', url: 'https://example.org/a', date: '2024-12-08' },
            'https://b.example',
          ],
        }),
        event({ title: 'Second precision', start: '2024-12-08T10:15:30.250Z', end: '+012000' }),
        event({ title: 'Empty strings', start: '2024-02', summary: '', category: '' }),
      ]),
    );
    const events = roundTrip(model.events);
    expect(JSON.stringify(events)).toBe(JSON.stringify(model.events));
    expect(events.map((e) => Object.keys(e))).toEqual(model.events.map((e) => Object.keys(e)));
  });

  it('keep random timelines whole: every precision, certainty and importance (200 of them)', () => {
    const random = mulberry32(21);
    const seen = { precisions: new Set<string>(), certainties: new Set<string>() };
    for (let run = 0; run < 200; run++) {
      const { model } = parseTimeline(randomTimeline(random, 60).document);
      for (const e of model.events) {
        seen.precisions.add(e.precision);
        seen.certainties.add(e.certainty);
      }
      expect(roundTrip(model.events)).toEqual(model.events);
    }
    expect([...seen.precisions].sort()).toEqual([...PRECISIONS].sort());
    expect([...seen.certainties].sort()).toEqual([...CERTAINTIES].sort());
  });

  it('pack an empty slice as empty columns', () => {
    const packed = packEvents([]);
    expect(packed.text).toBe('');
    expect(unpackEvents(packed)).toEqual([]);
  });
});
