import { html, render } from 'lit';
import type { Issue } from '../../src/model/types.js';

const SEVERITY = { error: 'Error', warning: 'Warning' } as const;

/**
 * Lists the timeline's issues as buttons, each with its severity in words, its path and its
 * message (all as text); `onPick` hears which one was chosen.
 */
export function renderIssues(
  container: HTMLElement,
  issues: readonly Issue[],
  onPick: (issue: Issue) => void,
): void {
  render(
    issues.length === 0
      ? html`<p class="no-issues">No issues.</p>`
      : html`<ol class="issue-list" aria-labelledby="issues-label">
          ${issues.map(
            (issue) =>
              html`<li>
                <button type="button" class="issue ${issue.severity}" @click=${() => onPick(issue)}>
                  <span class="severity">${SEVERITY[issue.severity] ?? issue.severity}</span>
                  <code class="path">${issue.path || '(the data)'}</code>
                  <span class="message">${issue.message}</span>
                </button>
              </li>`,
          )}
        </ol>`,
    container,
  );
}
