import { describe, expect, it } from 'vitest';
import { packEvents, unpackEvents } from '../../src/model/event-columns.js';
import { mediaKind } from '../../src/model/media.js';
import { parseTimeline } from '../../src/model/parse-timeline.js';
import type { Issue } from '../../src/model/types.js';
import { event, timeline } from './fixtures.js';

const warning = (path: string, message: string): Issue => ({ path, message, severity: 'warning' });

/** Parses one event with the given media; returns its media and the issues. */
function parseMedia(media: unknown) {
  const { model, issues } = parseTimeline(timeline([event({ media })]));
  return { media: model.events[0]?.media, issues, kept: model.events.length };
}

describe('mediaKind', () => {
  it('mediaKind(url) is an image for jpg, jpeg, png, webp, avif and gif paths, in any case', () => {
    for (const ext of ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'JPG']) {
      expect(mediaKind(`https://example.org/a/photo.${ext}?w=800#top`).kind, ext).toBe('image');
    }
    expect(mediaKind('https://example.org/photo.svg').kind).toBe('link');
    expect(mediaKind('https://example.org/jpg').kind).toBe('link');
  });

  it('mediaKind(url) names known sites and their host without www.', () => {
    const cases: [string, string, string][] = [
      ['https://www.youtube.com/watch?v=abc', 'youtube', 'youtube.com'],
      ['https://youtu.be/abc', 'youtube', 'youtu.be'],
      ['https://vimeo.com/12345', 'vimeo', 'vimeo.com'],
      ['https://twitter.com/user/status/1', 'twitter', 'twitter.com'],
      ['https://x.com/user/status/1', 'twitter', 'x.com'],
      ['https://en.wikipedia.org/wiki/Tartus', 'wikipedia', 'en.wikipedia.org'],
      ['https://www.example.org/story', 'page', 'example.org'],
      ['https://notyoutube.com/watch', 'page', 'notyoutube.com'],
    ];
    for (const [url, site, host] of cases) {
      expect(mediaKind(url), url).toEqual({ kind: 'link', site, host });
    }
  });

  it('mediaKind(url) reads a root-relative picture, with no host', () => {
    expect(mediaKind('/demo/media/tartus.webp')).toEqual({ kind: 'image', site: null, host: '' });
  });
});

describe('parseTimeline: media on an event', () => {
  it('keeps an image with its alt, caption, credit and link', () => {
    const { media, issues } = parseMedia({
      url: 'https://example.org/tartus.jpg',
      alt: 'The port of Tartus',
      caption: ' The naval base ',
      credit: 'Photo: A. Person, CC BY 4.0',
      link: 'https://example.org/tartus',
    });
    expect(issues).toEqual([]);
    expect(media).toEqual({
      kind: 'image',
      site: null,
      host: 'example.org',
      url: 'https://example.org/tartus.jpg',
      alt: 'The port of Tartus',
      caption: 'The naval base',
      credit: 'Photo: A. Person, CC BY 4.0',
      link: 'https://example.org/tartus',
    });
  });

  it('keeps a root-relative picture as it is given', () => {
    const { media, issues } = parseMedia({ url: '/demo/media/tartus.webp', alt: 'A map' });
    expect(issues).toEqual([]);
    expect(media?.url).toBe('/demo/media/tartus.webp');
    expect(media?.kind).toBe('image');
  });

  it('makes a YouTube page a link card, with no alt needed', () => {
    const { media, issues } = parseMedia({
      url: 'https://www.youtube.com/watch?v=x',
      caption: 'Clip',
    });
    expect(issues).toEqual([]);
    expect(media).toMatchObject({ kind: 'link', site: 'youtube', host: 'youtube.com' });
  });

  it('shows an image without alt as decorative, with a warning naming the path', () => {
    const { media, issues } = parseMedia({ url: 'https://example.org/a.png' });
    expect(media?.alt).toBe('');
    expect(issues).toEqual([
      warning(
        'events[0].media.alt',
        'an image needs alt text saying what it shows; without it, it is shown as decorative',
      ),
    ]);
  });

  it('drops media whose url is not http or https, with a warning, and keeps the event', () => {
    for (const url of [
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      'mailto:a@example.org',
      'ftp://example.org/a.jpg',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
    ]) {
      const { media, issues, kept } = parseMedia({ url, alt: 'x' });
      expect(kept, url).toBe(1);
      expect(media, url).toBeNull();
      expect(
        issues.map((i) => [i.path, i.severity]),
        url,
      ).toEqual([['events[0].media.url', 'warning']]);
      expect(issues[0]?.message).toMatch(/is not an http or https address; the media is left out$/);
    }
  });

  it('drops a refused link but keeps the picture', () => {
    const { media, issues } = parseMedia({
      url: 'https://example.org/a.gif',
      alt: 'x',
      link: 'javascript:void(0)',
    });
    expect(media?.link).toBeNull();
    expect(media?.url).toBe('https://example.org/a.gif');
    expect(issues.map((i) => i.path)).toEqual(['events[0].media.link']);
  });

  it('warns about media of the wrong type and keeps the event', () => {
    for (const value of ['https://example.org/a.jpg', [1], 3, true]) {
      const { media, issues, kept } = parseMedia(value);
      expect(kept).toBe(1);
      expect(media).toBeNull();
      expect(issues.map((i) => [i.path, i.severity])).toEqual([['events[0].media', 'warning']]);
    }
  });

  it('warns about a caption or credit that is not text, and keeps the rest', () => {
    const { media, issues } = parseMedia({
      url: 'https://example.org/a.jpg',
      alt: 'A',
      caption: { text: 'x' },
      credit: ['y'],
    });
    expect(media).toMatchObject({ alt: 'A', caption: '', credit: '' });
    expect(issues.map((i) => i.path)).toEqual([
      'events[0].media.caption',
      'events[0].media.credit',
    ]);
  });

  it('warns about media without a url', () => {
    const { media, issues } = parseMedia({ alt: 'A map' });
    expect(media).toBeNull();
    expect(issues).toEqual([warning('events[0].media.url', 'media needs a url; it is left out')]);
  });

  it('names the event by its place in the input', () => {
    const { issues } = parseTimeline(
      timeline([event(), event(), event(), event({ media: { url: 'javascript:x', alt: 'a' } })]),
    );
    expect(issues.map((i) => i.path)).toEqual(['events[3].media.url']);
  });
});

describe("parseTimeline: the timeline's own media", () => {
  it('reads media at the top level, and is null without it', () => {
    const url = 'https://example.org/cover.webp';
    const withMedia = parseTimeline(timeline([event()], { media: { url, alt: 'Cover' } }));
    expect(withMedia.model.media).toMatchObject({ kind: 'image', url, alt: 'Cover' });
    expect(parseTimeline(timeline([event()])).model.media).toBeNull();
  });

  it("warns at media.url when the timeline's media is refused", () => {
    const { model, issues } = parseTimeline(
      timeline([event()], { media: { url: 'data:text/html,x', alt: 'x' } }),
    );
    expect(model.media).toBeNull();
    expect(issues.map((i) => i.path)).toEqual(['media.url']);
  });
});

describe('parseTimeline: story', () => {
  const events = ['a', 'b', 'c', 'd'].map((id, i) => event({ id, start: `201${i}` }));

  it('is null when absent', () => {
    expect(parseTimeline(timeline(events)).model.story).toBeNull();
  });

  it('keeps the ids in the given order, leaving events out', () => {
    const { model, issues } = parseTimeline(timeline(events, { story: ['c', 'a', 'd'] }));
    expect(issues).toEqual([]);
    expect(model.story).toEqual(['c', 'a', 'd']);
  });

  it('leaves out, with a warning naming the place, an unknown id, a repeat and a non-id', () => {
    const { model, issues } = parseTimeline(
      timeline(events, { story: ['b', 'nope', 'a', 'b', 7, 'c'] }),
    );
    expect(model.story).toEqual(['b', 'a', 'c']);
    expect(issues).toEqual([
      warning('story[1]', "'nope' is not the id of an event; it is left out of the story"),
      warning('story[3]', "'b' is in the story twice; the first place is kept"),
      warning('story[4]', '7 is not the id of an event; it is left out of the story'),
    ]);
  });

  it('warns when it is not a list, and tells the events in time order', () => {
    const { model, issues } = parseTimeline(timeline(events, { story: 'a,b' }));
    expect(model.story).toBeNull();
    expect(issues.map((i) => [i.path, i.severity])).toEqual([['story', 'warning']]);
  });

  it('names events by the ids they end up with, after repeats are renamed', () => {
    const { model } = parseTimeline(
      timeline([event({ id: 'x' }), event({ id: 'x', start: '2025' })], { story: ['x', 'x-2'] }),
    );
    expect(model.events.map((e) => e.id)).toEqual(['x', 'x-2']);
    expect(model.story).toEqual(['x', 'x-2']);
  });
});

describe('parseTimeline(TimelineJS3): media', () => {
  const slide = (media: unknown) => ({
    start_date: { year: 2015 },
    text: { headline: 'Slide' },
    media,
  });

  it('maps slide and title media, with HTML captions and credits made plain text', () => {
    const { model, issues } = parseTimeline({
      title: {
        text: { headline: 'T' },
        media: { url: 'https://example.org/cover.png', alt: 'Cover', caption: '<b>Big</b> cover' },
      },
      events: [
        slide({
          url: 'https://www.youtube.com/watch?v=x',
          caption: 'A <i>clip</i> &amp; more',
          credit: '<a href="https://example.org">Agency</a>',
          thumbnail: 'https://example.org/thumb.jpg',
          title: 'Clip',
          link: 'https://example.org/clip',
        }),
      ],
    });
    expect(issues).toEqual([]);
    expect(model.media).toMatchObject({ kind: 'image', alt: 'Cover', caption: 'Big cover' });
    expect(model.events[0]?.media).toEqual({
      kind: 'link',
      site: 'youtube',
      host: 'youtube.com',
      url: 'https://www.youtube.com/watch?v=x',
      alt: '',
      caption: 'A clip & more',
      credit: 'Agency',
      link: 'https://example.org/clip',
    });
  });

  it('reads an empty media url as no media, and refuses a bad one at its TimelineJS path', () => {
    const { model, issues } = parseTimeline({
      events: [slide({ url: '' }), slide({ url: 'javascript:alert(1)', alt: 'x' })],
    });
    expect(model.events.map((e) => e.media)).toEqual([null, null]);
    expect(issues.map((i) => i.path)).toEqual(['events[1].media.url']);
  });
});

describe('parseTimeline(vis items): media', () => {
  it('has none', () => {
    const { model } = parseTimeline([{ id: 1, content: 'A', start: '2015-01-01' }]);
    expect(model.events[0]?.media).toBeNull();
    expect(model.media).toBeNull();
    expect(model.story).toBeNull();
  });
});

describe('packEvents: media', () => {
  it('carries media through the worker columns, as parseEvent made it', () => {
    const { model } = parseTimeline(
      timeline([
        event({ id: 'a', media: { url: '/m/a.webp', alt: 'A', caption: 'c', credit: 'd' } }),
        event({ id: 'b' }),
        event({ id: 'c', media: { url: 'https://vimeo.com/1' } }),
      ]),
    );
    const events = unpackEvents(structuredClone(packEvents(model.events)));
    expect(events).toEqual(model.events);
    expect(events.map((e) => e.media?.kind ?? null)).toEqual(['image', null, 'link']);
  });
});
