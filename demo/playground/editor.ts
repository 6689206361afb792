import type { CompletionSource } from '@codemirror/autocomplete';
import { json, jsonLanguage, jsonParseLinter } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting, syntaxTree } from '@codemirror/language';
import { type Diagnostic, linter, lintGutter } from '@codemirror/lint';
import { Compartment, type Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { basicSetup } from 'codemirror';
import {
  handleRefresh,
  jsonCompletion,
  jsonSchemaHover,
  jsonSchemaLinter,
  stateExtensions,
  updateSchema,
} from 'codemirror-json-schema';
import type { TextRange } from './locate.js';

/** A JSON Schema as codemirror-json-schema takes it. */
export type Schema = NonNullable<Parameters<typeof stateExtensions>[0]>;

/** How the editor reads its text: JSON checked against the schema, other JSON, or plain text. */
export type EditorMode = 'native' | 'json' | 'text';

// Colours from the page's custom properties, so light and dark both read (playground.css).
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--code-property)' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--code-literal)' },
  { tag: [tags.brace, tags.squareBracket, tags.separator], color: 'var(--code-punctuation)' },
]);

// The selection in the page's colours: CodeMirror's own rule is more specific than a stylesheet's.
const selection = EditorView.theme({
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { background: 'var(--code-selection)' },
});

/** Schema completion; it answers "nothing here" with [], which the autocompleter cannot read. */
function schemaCompletion(): CompletionSource {
  const complete = jsonCompletion();
  return (context) => {
    const result = complete(context);
    return Array.isArray(result) ? null : result;
  };
}

/**
 * Schema checks, with the mark on the value: codemirror-json-schema 0.8.1 marks the colon before
 * a wrong value, by the syntax tree @lezer/json builds now.
 */
function schemaLinter(): (view: EditorView) => Diagnostic[] {
  const lint = jsonSchemaLinter();
  return (view) =>
    lint(view).map((diagnostic) => {
      if (view.state.sliceDoc(diagnostic.from, diagnostic.to) !== ':') return diagnostic;
      const value = syntaxTree(view.state).resolveInner(diagnostic.from, 1).parent?.lastChild;
      return value ? { ...diagnostic, from: value.from, to: value.to } : diagnostic;
    });
}

function jsonMode(): Extension {
  return [
    json(),
    linter(jsonParseLinter(), { delay: 300 }),
    linter(schemaLinter(), { needsRefresh: handleRefresh, delay: 300 }),
    jsonLanguage.data.of({ autocomplete: schemaCompletion() }),
    hoverTooltip(jsonSchemaHover()),
  ];
}

/** Replaces the whole text with a dropped file's, rather than inserting it at the drop point. */
function dropFile(onFile: (text: string) => void): Extension {
  return EditorView.domEventHandlers({
    drop(event) {
      const file = event.dataTransfer?.files[0];
      if (!file) return false;
      event.preventDefault();
      file.text().then(onFile);
      return true;
    },
  });
}

export interface EditorOptions {
  parent: HTMLElement;
  doc: string;
  schema: Schema;
  /** id of the element that names the editor. */
  labelledBy: string;
  onChange: (text: string) => void;
}

/** The playground's CodeMirror editor: JSON with the data's schema, or CSV as plain text. */
export class DataEditor {
  readonly view: EditorView;
  private readonly language = new Compartment();
  private readonly schema: Schema;
  private mode: EditorMode = 'native';

  constructor({ parent, doc, schema, labelledBy, onChange }: EditorOptions) {
    this.schema = schema;
    this.view = new EditorView({
      parent,
      doc,
      extensions: [
        basicSetup,
        lintGutter(),
        syntaxHighlighting(highlight),
        selection,
        EditorView.lineWrapping,
        // tabindex: axe counts the scrolling region's content as focusable only with it.
        EditorView.contentAttributes.of({ 'aria-labelledby': labelledBy, tabindex: '0' }),
        this.language.of(jsonMode()),
        stateExtensions(schema),
        dropFile((text) => this.setText(text)),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  setText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** JSON in the native shape is checked against the schema; TimelineJS JSON and CSV are not. */
  setMode(mode: EditorMode): void {
    if (mode === this.mode) return;
    const wasJson = this.mode !== 'text';
    this.mode = mode;
    if (wasJson !== (mode !== 'text')) {
      this.view.dispatch({
        effects: this.language.reconfigure(mode === 'text' ? [] : jsonMode()),
      });
    }
    updateSchema(this.view, mode === 'native' ? this.schema : undefined);
  }

  /** Selects a stretch of text, scrolls to it and gives the editor focus. */
  select({ from, to }: TextRange): void {
    this.view.dispatch({
      selection: { anchor: from, head: to },
      effects: EditorView.scrollIntoView(from, { y: 'center' }),
    });
    this.view.focus();
  }
}
