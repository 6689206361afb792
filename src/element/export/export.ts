// The export's chunk, loaded on the first toSVG() or toPNG() (event-timeline.ts).
export { exportPng } from './png-export.js';
export { exportSvg } from './svg-export.js';
