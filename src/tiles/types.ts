/** The documents of the tile protocol, version 1 (docs/tiles.md), as a client reads them. */
import type { TileGrid } from './tile-math.js';

/** A category as `meta.json` lists it, with its number of events. */
export interface TileCategory {
  id: string;
  label: string;
  color: string | null;
  count: number;
}

/** `meta.json`: where the tiles are and what the data holds. */
export interface TileMeta extends TileGrid {
  version: 1;
  title: string;
  /** Events in the source. */
  count: number;
  /** The smallest start and the largest stop of all events, in ms. */
  extent: [number, number];
  /** Representatives per bin at most. */
  k: number;
  /** The level whose tiles span 1 ms: none is deeper. */
  maxLevel: number;
  categories: TileCategory[];
}

/** An event as a tile carries it: an event object of the JSON format, read with its validation. */
export type TileEvent = Record<string, unknown> & { id: string; title: string; start: string };

interface TileHead {
  version: 1;
  z: number;
  x: number;
  /** The tile's interval [start, end), in ms. */
  start: number;
  end: number;
  /** The (matching) events that overlap the tile. */
  count: number;
}

/** A tile of a level at or above `deepestLevel`: density and representatives. */
export interface SummaryTile extends TileHead {
  kind: 'summary';
  bins: number;
  /** One per category with events in the tile, in the order of `meta.categories`. */
  lanes: { category: string; counts: number[] }[];
  /** Per bin owning events, in bin order: up to k, most important first, then earliest. */
  representatives: { bin: number; events: TileEvent[] }[];
}

/** A tile below `deepestLevel`: every event that overlaps it, by start then id. */
export interface EventTile extends TileHead {
  kind: 'events';
  events: TileEvent[];
}

export type Tile = SummaryTile | EventTile;

/** A page of events, `…/events.json`: by start then id; `more` when others lie beyond them. */
export interface EventPage {
  version: 1;
  kind: 'page';
  events: TileEvent[];
  more: boolean;
}
