import type { renderTable } from './table-view.js';

/**
 * The table view is a chunk of its own, loaded the first time a reader opens a table: many pages
 * never show one. Until it arrives the drawing stays; then the table replaces it.
 */
let render: typeof renderTable | null = null;
let sheet: CSSStyleSheet | undefined;
let loading: Promise<void> | null = null;

/** The table view's renderer, once loaded; its styles join those of the root it renders in. */
export function tableRenderer(root: ShadowRoot): typeof renderTable | null {
  if (sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  return render;
}

/** Loads the table view; null when it is already here. */
export function loadTable(): Promise<void> | null {
  if (render) return null;
  loading ??= import('./table-view.js').then(
    (module) => {
      render = module.renderTable;
      sheet = module.tableStyles.styleSheet;
    },
    (error: unknown) => {
      // A chunk that failed to arrive (offline, say) is asked for again at the next press.
      loading = null;
      throw error;
    },
  );
  return loading;
}
