import schema from '../../data/schema.json';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { inputShape } from '../../src/model/adapt.js';
import type { Issue } from '../../src/model/types.js';
import { DataEditor, type Schema } from './editor.js';
import { embedCode } from './embed-code.js';
import { EXAMPLES } from './examples.js';
import { renderIssues } from './issue-list.js';
import { firstSyntaxError, locateCsvRow, locateJsonPath, type TextRange } from './locate.js';
import { type EditorInput, readInput } from './read-input.js';

/** Waits this long after the last keystroke before the timeline reads the text. */
const TYPING_MS = 250;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const timeline = byId<EventTimeline>('timeline');
const status = byId<HTMLElement>('status');
const issueList = byId<HTMLElement>('issues');
const scriptUrl = byId<HTMLInputElement>('script-url');
const embedOutput = byId<HTMLTextAreaElement>('embed-code');
const embedStatus = byId<HTMLElement>('embed-status');

// Where the site serves the standalone bundle; npm start serves the repository, dist/ included.
scriptUrl.value = new URL('/dist/event-timeline.js', location.href).href;

/** The last text read, and an issue of its own when it is JSON that does not parse. */
let input: EditorInput = { kind: 'empty' };
let syntaxIssue: (Issue & { offset: number }) | null = null;
let typing: ReturnType<typeof setTimeout> | undefined;

const editor = new DataEditor({
  parent: byId('editor'),
  doc: EXAMPLES.native as string,
  schema: schema as Schema,
  labelledBy: 'editor-label',
  onChange: (text) => {
    clearTimeout(typing);
    typing = setTimeout(() => apply(text), TYPING_MS);
  },
});

/** Gives the timeline what the text holds: parsed JSON, or CSV/TSV as a string. */
function apply(text: string): void {
  input = readInput(text);
  syntaxIssue = null;
  if (input.kind === 'broken-json') {
    const offset = Math.max(0, firstSyntaxError(editor.view.state));
    const line = text.slice(0, offset).split('\n').length;
    const message = `the text is not valid JSON (line ${line}): ${input.error}; the timeline shows the last valid data`;
    syntaxIssue = { path: '', message, severity: 'error', offset };
    showIssues();
    return;
  }
  if (input.kind === 'empty') {
    editor.setMode('native');
    timeline.data = null;
    showIssues();
    return;
  }
  editor.setMode(
    input.kind === 'text' ? 'text' : inputShape(input.data) === 'native' ? 'native' : 'json',
  );
  timeline.data = input.data;
}

function showIssues(): void {
  const issues = syntaxIssue ? [syntaxIssue] : input.kind === 'empty' ? [] : timeline.issues;
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const errors = issues.filter((i) => i.severity === 'error').length;
  status.textContent =
    input.kind === 'empty'
      ? 'Paste, type or drop timeline data in the editor.'
      : `${count(timeline.events.length, 'event')} shown; ${count(errors, 'error')}, ${count(issues.length - errors, 'warning')}.`;
  renderIssues(issueList, issues, pick);
}

/** Selects in the editor the place an issue names. */
function pick(issue: Issue): void {
  const text = editor.text;
  let range: TextRange | null = null;
  if (issue === syntaxIssue) range = { from: syntaxIssue.offset, to: syntaxIssue.offset };
  else if (input.kind === 'json') range = locateJsonPath(editor.view.state, issue.path);
  else if (input.kind === 'text') range = locateCsvRow(text, issue.path);
  editor.select(range ?? { from: 0, to: 0 });
}

async function copyEmbed(): Promise<void> {
  const now = readInput(editor.text);
  const code =
    now.kind === 'json' || now.kind === 'text' ? embedCode(now, scriptUrl.value.trim()) : null;
  if (code === null) {
    embedStatus.textContent =
      now.kind === 'text'
        ? 'This CSV holds "</script" or "<!--", which cannot be put inline in a page; convert it to JSON first.'
        : 'There is no valid data to embed yet.';
    return;
  }
  embedOutput.value = code;
  embedOutput.hidden = false;
  try {
    await navigator.clipboard.writeText(code);
    embedStatus.textContent = 'Embed code copied to the clipboard.';
  } catch {
    embedStatus.textContent = 'The clipboard is not available here: copy the code below.';
    embedOutput.select();
  }
}

// The timeline keeps its view when its data changes; an event added or fixed should come into
// view, so a change in the count fits the view to the events again.
let shown = -1;
timeline.addEventListener('timeline-load', () => {
  if (shown >= 0 && timeline.events.length !== shown) timeline.zoomToFit();
  shown = timeline.events.length;
  showIssues();
});
timeline.addEventListener('timeline-error', showIssues);
byId('copy-embed').addEventListener('click', copyEmbed);
byId<HTMLSelectElement>('example').addEventListener('change', (event) => {
  const text = EXAMPLES[(event.target as HTMLSelectElement).value];
  if (text !== undefined) editor.setText(text);
});
byId<HTMLInputElement>('open-file').addEventListener('change', async (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) editor.setText(await file.text());
});
apply(editor.text);
