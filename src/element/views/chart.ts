import { html, nothing, svg } from 'lit';
import { LABEL_OFFSET } from '../../layout/axis-labels.js';
import { alignStart, forward, textStart } from '../../layout/direction.js';
import { GEOMETRY } from '../../layout/geometry.js';
import type { Lane } from '../../layout/lanes.js';
import type { LaneBox, MarkBox, TimelineLayout } from '../../layout/types.js';
import type { TimelineEvent, TimelineModel } from '../../model/types.js';
import { laneClass, laneStyle } from './lane-style.js';
import { place } from './place.js';

/**
 * A point's mark, in both layouts: a circle sized by importance, hollow when reported and dashed
 * when disputed (`state` holds the certainty), in a dotted halo when its date is approximate.
 */
export function pointMark(event: TimelineEvent, x: number, y: number, state: string, index = -1) {
  const r = event.importance === 3 ? 6.5 : event.importance === 1 ? 4 : 5;
  return svg`${event.approximate ? svg`<circle class="halo ${state}" cx=${x} cy=${y} r=${r + 4}></circle>` : nothing}<circle class="mark ${state}" data-index=${index < 0 ? nothing : index} cx=${x} cy=${y} r=${r}></circle>`;
}

/** The decorative drawing of the lanes: grid, today, eras, breaks, marks and leaders. */
export function renderChart(
  layout: TimelineLayout,
  model: TimelineModel,
  lanes: Lane[],
  selected: number,
  rtl: boolean,
  match: Uint8Array | null = null,
) {
  const { width, axisY: height } = layout;
  const leaders = renderLeaders(layout, lanes.length, match);
  const marks = renderMarks(layout, model, lanes.length, selected, rtl, match);
  return html`
    <svg class="chart-back" aria-hidden="true" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
      ${MASKS}
      ${renderBackdrop(layout)}
      ${renderRail(layout, rtl)}
    </svg>
    ${renderDensityCanvas(layout)}
    <svg class="chart" aria-hidden="true" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
      ${lanes.map(
        (lane, i) =>
          svg`<g class=${laneClass(lane)} ${laneStyle(lane)}>${leaders[i]}${marks[i]}</g>`,
      )}
    </svg>`;
}

/** Masks for bars: an ongoing one fades out at its end, an approximate one at both. */
const MASKS = svg`<defs>
        <linearGradient id="fade-gradient-right"><stop offset="0.6" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0"></stop></linearGradient>
        <linearGradient id="fade-gradient-left"><stop offset="0" stop-color="#fff" stop-opacity="0"></stop><stop offset="0.4" stop-color="#fff"></stop></linearGradient>
        <linearGradient id="fuzzy-gradient"><stop offset="0" stop-color="#fff" stop-opacity="0.25"></stop><stop offset="0.12" stop-color="#fff"></stop><stop offset="0.88" stop-color="#fff"></stop><stop offset="1" stop-color="#fff" stop-opacity="0.25"></stop></linearGradient>
        <mask id="fade-right" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#fade-gradient-right)"></rect></mask>
        <mask id="fade-left" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#fade-gradient-left)"></rect></mask>
        <mask id="fuzzy" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#fuzzy-gradient)"></rect></mask>
      </defs>`;

/** Behind the marks: the lanes' backgrounds, eras, the grid, breaks and today's line. */
function renderBackdrop(layout: TimelineLayout) {
  const { width, axisY } = layout;
  return svg`${layout.lanes.map((lane) => svg`<rect class="lane-bg" data-rows=${lane.rows} x="0" y=${lane.top} width=${width} height=${lane.height}></rect>`)}
      ${layout.eras.map(
        (era) =>
          svg`<rect class="era" x=${Math.min(era.x, era.x2)} y="0" width=${Math.abs(era.x2 - era.x)} height=${axisY}></rect>`,
      )}
      ${layout.ticks.map((t) => svg`<line class="grid" x1=${t.x} x2=${t.x} y1="0" y2=${axisY}></line>`)}
      ${(layout.gaps ?? []).map(
        (g) =>
          svg`<rect class="tile-gap" x=${Math.min(g.x, g.x2)} y="0" width=${Math.abs(g.x2 - g.x)} height=${axisY}></rect>`,
      )}
      ${layout.breaks.map(
        (b) =>
          svg`<rect class="break-band" x=${Math.min(b.x, b.x2)} y="0" width=${Math.abs(b.x2 - b.x)} height=${axisY}></rect>`,
      )}
      ${
        layout.today === null
          ? nothing
          : svg`<line class="today" x1=${layout.today} x2=${layout.today} y1="0" y2=${axisY}></line>`
      }`;
}

/** The rail over the lanes: the names of today and of the eras. */
function renderRail(layout: TimelineLayout, rtl: boolean) {
  const anchor = textStart(rtl);
  const dx = forward(rtl) * 4;
  return layout.rail.map(
    (r) =>
      svg`<text class=${r.today ? 'today-label' : 'era-label'} x=${r.x + dx} y="13" text-anchor=${anchor}>${r.label}</text>`,
  );
}

/* The density canvas's place (views/density.ts draws it, in the crowd's chunk). */
/** The thickest band a lane's ranges draw below its point row: 6 px and 2 more per level, up to 5. */
const BAND_MAX = 16;

/**
 * Where a lane's density canvas sits: from the top of its point row to the thickest band below
 * it. One small canvas per lane, not one over the whole plot: a lane with many label rows and
 * range tracks is tall, and a canvas's pixels cost to allocate, clear and composite in every
 * frame even where nothing is drawn.
 */
export function densityStrip(lane: LaneBox): { top: number; height: number } {
  return { top: lane.pointY - GEOMETRY.pointRow / 2, height: GEOMETRY.pointRow + BAND_MAX };
}

/** Crowded, the marks are a density drawn on a canvas per lane, at the screen's pixel ratio. */
function renderDensityCanvas(layout: TimelineLayout) {
  if (!layout.density) return nothing;
  const { width } = layout;
  const scale = devicePixelRatio || 1;
  return layout.lanes.map((lane) => {
    const { top, height } = densityStrip(lane);
    return html`<canvas class="density" aria-hidden="true" width=${Math.round(width * scale)} height=${Math.round(height * scale)} ${place(0, top, width, height)}></canvas>`;
  });
}

/** The lines from labels down to their marks, by lane. */
function renderLeaders(
  layout: TimelineLayout,
  laneCount: number,
  match: Uint8Array | null,
): unknown[][] {
  const byLane = Array.from({ length: laneCount }, () => [] as unknown[]);
  for (const l of layout.labels) {
    if (!l.leader) continue;
    byLane[l.lane]?.push(
      svg`<line class="leader${searched(match, l.index)}" data-index=${l.index} x1=${l.anchor} x2=${l.anchor} y1=${l.y + GEOMETRY.labelHeight} y2=${l.markY}></line>`,
    );
  }
  return byLane;
}

/** The marks by lane: bars, points with their precision bands, and the clusters' badges. */
function renderMarks(
  layout: TimelineLayout,
  model: TimelineModel,
  laneCount: number,
  selected: number,
  rtl: boolean,
  match: Uint8Array | null,
): unknown[][] {
  const byLane = Array.from({ length: laneCount }, () => [] as unknown[]);
  // Crowded, targets are worked out only when the pointer asks (layout.ts): not here.
  const clusters = layout.density ? [] : layout.targets.filter((t) => t.members.length > 1);
  // Crowded, only labelled events have marks, and no cluster holds a labelled event: the
  // clusters' members (every other event in view) need not be gathered.
  const clustered = new Set(clusters.flatMap((t) => t.members));
  // The selected mark is drawn last, so its outline is never under a neighbour's.
  const marks = layout.marks.filter(
    (m) => m.index !== selected && !(clustered.has(m.index) && !m.range),
  );
  const chosen = layout.marks.find((m) => m.index === selected);
  if (chosen) marks.push(chosen);
  for (const m of marks) {
    const event = model.events[m.index];
    if (!event) continue;
    const state = `${event.certainty}${m.index === selected ? ' selected' : ''}${searched(match, m.index)}`;
    (byLane[m.lane] as unknown[]).push(
      m.range ? renderBar(m, event, state, rtl) : renderPoint(m, event, state),
    );
  }
  // Crowded, the clusters' badges are drawn on the canvas with the density.
  for (const t of clusters) {
    (byLane[t.lane] as unknown[]).push(
      svg`<circle class="cluster${searched(match, ...t.members)}" cx=${t.x} cy=${t.y} r="10"></circle><text class="cluster-count" x=${t.x} y=${t.y + 4} text-anchor="middle">${t.members.length}</text>`,
    );
  }
  return byLane;
}

/** How a search shows a mark: highlighted when one of its events matches, else dimmed. */
function searched(match: Uint8Array | null, ...indices: number[]): string {
  if (!match) return '';
  return indices.some((i) => match[i] === 1) ? ' match' : ' dim';
}

/** A range's bar, fading out where it is ongoing, fuzzy at both ends where it is approximate. */
function renderBar(m: MarkBox, event: TimelineEvent, state: string, rtl: boolean) {
  // A bar too short to see is drawn 2 px wide from its start, where its label starts.
  const w = Math.max(2, Math.abs(m.x2 - m.x));
  const x = alignStart(Math.min(m.x, m.x2), Math.max(m.x, m.x2), w, rtl);
  const mask = m.ongoing
    ? `url(#fade-${rtl ? 'left' : 'right'})`
    : event.approximate
      ? 'url(#fuzzy)'
      : nothing;
  return svg`<rect class="mark ${state}" part="range" data-index=${m.index} x=${x} y=${m.y - 3} width=${w} height="6" rx="3" mask=${mask}></rect>`;
}

/** A point's mark over its precision band, when that band is wide enough to see. */
function renderPoint(m: MarkBox, event: TimelineEvent, state: string) {
  const band =
    Math.abs(m.x2 - m.x) > 8
      ? svg`<rect class="band" x=${Math.min(m.x, m.x2)} y=${m.y - 7} width=${Math.abs(m.x2 - m.x)} height="14" rx="3"></rect>`
      : nothing;
  return svg`${band}${pointMark(event, m.x, m.y, state, m.index)}`;
}

/** The axis under the lanes, in the lanes' coordinates: ticks, their labels, breaks, the future. */
export function renderAxis(layout: TimelineLayout, rtl: boolean) {
  const { width, left, right, axisY } = layout;
  const height = GEOMETRY.axis;
  const anchor = textStart(rtl);
  // Axis labels start at their tick (end there, right to left), as the layout measured them.
  const labelDx = forward(rtl) * LABEL_OFFSET;
  const futureX = layout.future;
  // Two slanted strokes across the axis at each edge of a break: the scale changes there.
  const zig = (x: number) => `M${x - 4} ${axisY + 7}l4 -14M${x} ${axisY + 7}l4 -14`;
  return html`<svg class="axis-svg" aria-hidden="true" width=${width} height=${height} viewBox="0 ${axisY} ${width} ${height}">
    <defs>
        <pattern id="future-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line class="hatch" x1="0" y1="0" x2="0" y2="8" stroke-width="3"></line>
        </pattern>
    </defs>
    <g part="axis">
      ${
        futureX === null
          ? nothing
          : svg`<rect class="future" x=${rtl ? left : futureX} y=${axisY} width=${Math.max(0, rtl ? futureX - left : right - futureX)} height="14"></rect>`
      }
      ${
        layout.today === null
          ? nothing
          : svg`<line class="today" x1=${layout.today} x2=${layout.today} y1=${axisY} y2=${axisY + 14}></line>`
      }
      ${layout.breaks.map((b) => {
        const a = Math.min(b.x, b.x2);
        return svg`<path class="break-mark" d=${zig(a) + zig(a + Math.abs(b.x2 - b.x))}></path>
          ${b.labelX === null ? nothing : svg`<text class="break-label" x=${b.labelX} y=${axisY + 36} text-anchor="middle">${b.label}</text>`}`;
      })}
      <line class="axis-line" x1=${left} x2=${right} y1=${axisY} y2=${axisY}></line>
      ${layout.ticks.map(
        (t) => svg`<line class="tick" x1=${t.x} x2=${t.x} y1=${axisY} y2=${axisY + 6}></line>
          ${t.label ? svg`<text class="tick-label" x=${t.x + labelDx} y=${axisY + 18} text-anchor=${anchor}>${t.label}</text>` : nothing}`,
      )}
      ${layout.context.map(
        (t) =>
          svg`<text class="context-label" x=${t.x + labelDx} y=${axisY + 36} text-anchor=${anchor}>${t.label}</text>`,
      )}
    </g>
  </svg>`;
}
