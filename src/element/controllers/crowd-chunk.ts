/**
 * The crowded view's code: the density and the few marks worth labelling (layout/dense.ts, with
 * the lane index it reads) and the canvas it is painted on (views/density.ts). Data of DENSE
 * events or fewer is never crowded, so this is a chunk, loaded with data larger than that.
 */
export { countVisible, denseMarks, denseTargets } from '../../layout/dense.js';
export { drawDensity, InkCache } from '../views/density.js';
