import { describe, expect, it } from 'vitest';
import { unpackEvents } from '../../src/model/event-columns.js';
import {
  type Posting,
  ResultAssembler,
  resultMessages,
  SLICE,
} from '../../src/model/parse-messages.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { ParseResult } from '../../src/model/types.js';
import { event, mulberry32, randomTimeline, timeline } from './fixtures.js';

/** The postings as the page gets them: each message cloned, its buffers moved. */
function deliver(postings: Posting[]) {
  return postings.map(({ message, transfer }) => structuredClone(message, { transfer }));
}

/**
 * Sends a copy of a result through the messages and puts it back together, as the worker and page
 * do (sending moves the copy's typed arrays away).
 */
function roundTrip(result: ParseResult, slice?: number) {
  const assembler = new ResultAssembler();
  const sent = resultMessages(structuredClone(result), slice);
  const results = deliver(sent).map((m) => assembler.add(m));
  return { results, assembled: results.at(-1), ids: assembler.ids };
}

/** A parse with many events and issues: unknown fields, bad dates, repeated ids. */
function parsedWithIssues(count: number): ParseResult {
  const events = Array.from({ length: count }, (_, i) =>
    event({
      id: `e${i % (count - 3)}`,
      title: `Event ${i}`,
      start: i % 7 === 0 ? `2024-13-${i}` : `20${String(i % 100).padStart(2, '0')}-01-02`,
      ...(i % 5 === 0 && { titel: 'typo' }),
    }),
  );
  return parseTimeline(timeline(events, { title: 'Many' }));
}

describe('resultMessages and ResultAssembler', () => {
  it('a result sent in slices comes back with every event and issue, in order', () => {
    const result = parsedWithIssues(5000);
    expect(result.issues.length).toBeGreaterThan(1000);
    const { results, assembled } = roundTrip(result, 700);
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    expect(assembled).toEqual(result);
  });

  it('resultMessages(result) sends at most SLICE events or issues a message, then the model', () => {
    const result = parsedWithIssues(3 * SLICE);
    const messages = resultMessages(result).map((p) => p.message);
    const sizes = messages.map((m) =>
      m.type === 'events'
        ? unpackEvents(m.events).length
        : m.type === 'issues'
          ? m.issues.length
          : 0,
    );
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SLICE);
    const events = result.model.events.length;
    expect(events).toBeGreaterThan(2 * SLICE);
    expect(messages.filter((m) => m.type === 'events').length).toBe(Math.ceil(events / SLICE));
    expect(messages.at(-1)?.type).toBe('model');
  });

  it("the model's typed arrays are moved to the page, not copied", () => {
    const { model } = parseTimeline(timeline([event(), event({ start: '2020', end: '2030' })]));
    const postings = resultMessages({ model, issues: [] });
    const [frame] = deliver(postings.slice(-1));
    expect(model.startMs.byteLength, 'the sender no longer holds it').toBe(0);
    expect(frame?.type === 'model' && Array.from(frame.model.startMs)).toEqual([
      Date.UTC(2020, 0, 1),
      Date.UTC(2024, 11, 8),
    ]);
  });

  it('assembled events are frozen, as parseTimeline leaves them, and indexed by id', () => {
    const random = mulberry32(4);
    const result = parseTimeline(randomTimeline(random, 400).document);
    const { assembled, ids } = roundTrip(result, 64);
    const events = assembled?.model.events ?? [];
    expect(events.every((e) => Object.isFrozen(e))).toBe(true);
    expect([...ids]).toEqual(events.map((e, i) => [e.id, i]));
  });

  it('a result with no event but its issues comes back whole', () => {
    const result = parseTimeline({ events: [{ title: 'No start' }, 42] });
    expect(result.model.events).toEqual([]);
    expect(roundTrip(result).assembled).toEqual(result);
  });
});
