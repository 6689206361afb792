import { lazyChunk } from '../lazy-chunk.js';

/** The vertical layout's chunk (vertical-chunk.ts): loaded when an element on the page is narrow. */
export const verticalChunk = lazyChunk(() => import('./vertical-chunk.js'));
