import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { TimelineEvent } from '../../src/model/types.js';

const data = JSON.parse(readFileSync('data/russia-syria.json', 'utf8'));
const { model, issues } = parseTimeline(data);

function find(predicate: (e: TimelineEvent) => boolean): TimelineEvent | undefined {
  return model.events.find(predicate);
}

describe('data/russia-syria.json', () => {
  it('parseTimeline(russia-syria) reads every event without an issue', () => {
    expect(issues).toEqual([]);
    expect(model.events).toHaveLength(data.events.length);
    expect(model.title).toBe('Russia and Syria, 2011–2066');
  });

  it('model.events has the civil war as a range from March 2011 to 8 December 2024', () => {
    expect(find((e) => /civil war/i.test(e.title))).toMatchObject({
      start: '2011-03',
      end: '2024-12-08',
      precision: 'month',
      endPrecision: 'day',
    });
  });

  it('model.events has the intervention starting on 30 September 2015', () => {
    expect(find((e) => /intervention/i.test(e.title))).toMatchObject({
      start: '2015-09-30',
      category: 'military',
    });
  });

  it('model.events has the leases as a range ending in 2066', () => {
    expect(find((e) => /lease/i.test(e.title))).toMatchObject({
      end: '2066',
      endPrecision: 'year',
    });
  });

  it('model.events has the rebel offensive from 27 November 2024', () => {
    expect(find((e) => /offensive/i.test(e.title))).toMatchObject({
      start: '2024-11-27',
      end: '2024-12-08',
    });
  });

  it("model.events has Assad's ouster on 8 December 2024", () => {
    expect(find((e) => /ousted/i.test(e.title))).toMatchObject({
      start: '2024-12-08',
      end: null,
      certainty: 'confirmed',
    });
  });

  it("model.events marks Assad's flight to Moscow as reported", () => {
    expect(find((e) => /flees/i.test(e.title))).toMatchObject({
      start: '2024-12-08',
      certainty: 'reported',
    });
  });

  it('model.events has the meeting of 31 July 2025 with quotes', () => {
    const meeting = model.events.filter((e) => e.start === '2025-07-31');
    expect(meeting.some((e) => /Moscow/.test(e.title))).toBe(true);
    const quoted = meeting.filter((e) => e.quote !== null);
    expect(quoted.map((e) => e.quote?.by).sort()).toEqual(['Asaad al-Shaibani', 'Sergey Lavrov']);
    for (const e of quoted) expect(e.quote?.text.length).toBeGreaterThan(20);
  });

  it('model.events each have at least one source, and only safe links', () => {
    for (const e of model.events) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) {
        if (s.url !== null) expect(s.url).toMatch(/^https:\/\//);
      }
    }
  });

  it('model.categories are the declared ones, and every event uses one its events use', () => {
    const declared = data.categories.map((c: { id: string }) => c.id);
    expect(model.categories.map((c) => c.id)).toEqual(declared);
    for (const e of model.events) expect(declared).toContain(e.category);
  });
});
