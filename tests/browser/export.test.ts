import { expect } from '@open-wc/testing';
import { event, loadJson, STORY_URL } from './fixtures.js';
import { TimelineHarness } from './harness/timeline-harness.js';

// toSVG() and toPNG(): a standalone picture of the current view, its text kept as text, nothing
// of the data's markup turned into elements, nothing outside the file referred to.

const INJECTED = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>'];

/** Whether the page has loaded a module of this name (the dev server serves one file per module). */
function loaded(name: string): boolean {
  return performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith(`/${name}.ts`));
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  return doc;
}

/** Every reference the file makes that does not point inside it. */
function outsideReferences(doc: Document, svg: string): string[] {
  const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
  const found: string[] = [];
  for (const element of doc.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/href$/i.test(name) && !(value.startsWith('#') && ids.has(value.slice(1)))) {
        found.push(`${name}=${value}`);
      }
      for (const [, ref] of value.matchAll(/url\(([^)]*)\)/g)) {
        if (!(ref?.startsWith('#') && ids.has(ref.slice(1)))) found.push(`${name}=${value}`);
      }
    }
  }
  if (svg.includes('var(')) found.push('a var()');
  if (/<style|@import|@font-face/.test(svg)) found.push('a style sheet');
  return found;
}

/** A PNG blob's size in pixels, decoded by the browser. */
async function decoded(blob: Blob): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(blob);
  const size = { width: bitmap.width, height: bitmap.height };
  bitmap.close();
  return size;
}

describe('export', () => {
  it('loads its code on the first toSVG(), not with the element', async () => {
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL) });
    expect(loaded('export'), 'not loaded with the element').to.equal(false);
    await h.el.toSVG();
    expect(loaded('export')).to.equal(true);
  });

  it('toSVG() is a standalone SVG of the view: it parses, with a title, a desc of every event in view and no outside references', async () => {
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL), width: 1000 });
    const svg = await h.el.toSVG();
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.localName).to.equal('svg');
    expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).to.equal(1000);
    expect(outsideReferences(doc, svg)).to.deep.equal([]);
    expect(root.querySelector(':scope > title')?.textContent).to.equal(
      'Russia and Syria, 2011–2066',
    );
    const desc = root.querySelector(':scope > desc')?.textContent ?? '';
    expect(desc.split('\n')).to.have.length(h.el.events.length);
    for (const e of h.el.events) expect(desc).to.include(e.title);
    expect(desc).to.include("Russia's leases on Tartus and Hmeimim, January 2017 – 2066");
    // The labels the reader sees are text in the picture.
    const texts = [...root.querySelectorAll('text')].map((t) => t.textContent);
    expect(h.visibleLabelTitles.length).to.be.greaterThan(3);
    for (const label of h.visibleLabelTitles) expect(texts).to.include(label);
    for (const tick of h.tickLabels) expect(texts).to.include(tick);
    // A font is named, with a generic family last; none is fetched.
    expect(root.getAttribute('font-family')).to.match(/(sans-serif|serif|system-ui|monospace)$/);
  });

  it('toSVG() resolves the custom properties to the colours they have', async () => {
    const h = await TimelineHarness.create({ data: { events: [event('Only', '2020')] } });
    h.el.style.setProperty('--timeline-background', 'rgb(1, 2, 3)');
    h.el.style.setProperty('--timeline-category-1', 'rgb(200, 100, 50)');
    const doc = parse(await h.el.toSVG());
    const background = doc.documentElement.querySelector(':scope > rect');
    expect(background?.getAttribute('fill')).to.equal('#010203');
    const mark = doc.querySelector('#marks circle');
    expect(mark?.getAttribute('fill')).to.equal('#c86432');
  });

  it('neither picture makes elements of the markup in the data: it stays text', async () => {
    const calls: string[] = [];
    const saved = window.alert;
    window.alert = (message?: unknown) => calls.push(String(message));
    try {
      const h = await TimelineHarness.create({
        data: {
          title: INJECTED[1],
          events: [
            event(INJECTED[0] as string, '2020-01'),
            event(INJECTED[1] as string, '2021-06'),
          ],
        },
      });
      const svg = await h.el.toSVG();
      const doc = parse(svg);
      expect(doc.querySelectorAll('script, img, foreignObject, iframe').length).to.equal(0);
      expect([...doc.querySelectorAll('*')].flatMap((e) => e.getAttributeNames())).to.not.include(
        'onerror',
      );
      expect(svg).to.not.include('<img');
      expect(svg).to.not.include('<script');
      expect(svg).to.include('&lt;img src=x onerror=alert(1)&gt;');
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
      for (const title of INJECTED) expect(texts).to.include(title);
      expect(doc.querySelector('title')?.textContent).to.equal(INJECTED[1]);
      expect(doc.querySelector('desc')?.textContent).to.include(INJECTED[0]);
      const png = await h.el.toPNG();
      expect(png.type).to.equal('image/png');
      const bytes = await png.text();
      expect(bytes).to.not.include('<script');
      expect(bytes).to.not.include('onerror');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls, 'nothing ran').to.deep.equal([]);
    } finally {
      window.alert = saved;
    }
  });

  it('toPNG({ scale }) decodes at the picture’s size times 1, 2 and 3', async () => {
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL), width: 800 });
    const doc = parse(await h.el.toSVG());
    const height = Number(doc.documentElement.getAttribute('height'));
    expect(height).to.be.greaterThan(100);
    for (const scale of [1, 2, 3]) {
      const size = await decoded(await h.el.toPNG({ scale }));
      expect(size, `at ${scale}×`).to.deep.equal({ width: 800 * scale, height: height * scale });
    }
    expect(await decoded(await h.el.toPNG())).to.deep.equal({ width: 800, height });
  });

  it('toPNG() draws the picture: its pixels are not blank', async () => {
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL), width: 800 });
    const bitmap = await createImageBitmap(await h.el.toPNG());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) {
      colours.add(
        ((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number),
      );
    }
    expect(colours.size, 'lanes, marks, labels in several colours').to.be.greaterThan(8);
  });

  it('toPNG() refuses a scale other than 1, 2 or 3', async () => {
    const h = await TimelineHarness.create({ data: { events: [event('Only', '2020')] } });
    let error: unknown = null;
    await h.el.toPNG({ scale: 4 }).catch((e: unknown) => {
      error = e;
    });
    expect(error).to.be.instanceOf(RangeError);
  });

  it('in the vertical layout, toSVG() draws the same window horizontally, 960 px wide', async () => {
    const h = await TimelineHarness.create({ data: await loadJson(STORY_URL), width: 400 });
    expect(h.plot?.classList.contains('vertical'), 'the vertical layout').to.equal(true);
    const svg = await h.el.toSVG();
    const doc = parse(svg);
    expect(doc.documentElement.getAttribute('width')).to.equal('960');
    expect(outsideReferences(doc, svg)).to.deep.equal([]);
    const texts = [...doc.querySelectorAll('#labels text')].map((t) => t.textContent);
    expect(texts).to.include('Assad is ousted');
    expect(h.el.shadowRoot?.querySelector('.lanes'), 'nothing is left behind').to.equal(null);
  });
});
