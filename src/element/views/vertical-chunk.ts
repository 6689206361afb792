// The vertical layout, for phones and narrow columns: a chunk of its own, which the layout
// controller loads the first time an element is narrow. A reader on a wide screen never needs it.
export { layoutVertical } from '../../layout/vertical.js';
export { verticalStyles } from '../styles/vertical.styles.js';
export { renderVertical } from './vertical-view.js';
