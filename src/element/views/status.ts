import { html, nothing } from 'lit';
import type { Messages } from '../../i18n/en.js';
import type { Issue } from '../../model/types.js';
import type { LoadState } from '../controllers/data-controller.js';

const formats = new Map<string, Intl.NumberFormat>();

/** A number format per locale, made once: making one costs more than a render's other work. */
function numberFormat(locale: string): Intl.NumberFormat {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    formats.set(locale, format);
  }
  return format;
}

/** The status line: how many events are shown, how many were skipped, and why on request. */
export function renderStatus(
  shown: number,
  issues: Issue[],
  expanded: boolean,
  locale: string,
  words: Messages,
  onToggle: () => void,
) {
  const count = (n: number) => numberFormat(locale).format(n);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const parts = [words.eventCount(shown, count(shown))];
  if (errors) parts.push(words.skipped(errors, count(errors)));
  if (warnings) parts.push(words.warnings(warnings, count(warnings)));
  return html`
    <div class="status" part="status">
      <span class="counts">${parts.join(' · ')}</span>
      ${
        issues.length
          ? html`<button class="link-button" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="problems" @click=${onToggle}>
              ${expanded ? words.hideProblems : words.showProblems}
            </button>`
          : nothing
      }
    </div>
    ${expanded && issues.length ? renderIssueList(issues, 'problems') : nothing}
  `;
}

/** Issues as a list: "events[3].start: '2024-13-45' is not a date: month 13 does not exist". */
export function renderIssueList(issues: Issue[], id = '') {
  return html`<ul class="problems" id=${id || nothing}>
    ${issues.map(
      (issue) =>
        html`<li class=${issue.severity}>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`,
    )}
  </ul>`;
}

/** What shows without a timeline: the errors that stopped it, or that it is loading. */
export function renderWithout(state: LoadState, issues: readonly Issue[], words: Messages) {
  if (state === 'failed') {
    return html`<div part="error" role="alert">
      <strong>${words.errorTitle}</strong>
      ${renderIssueList(issues.filter((i) => i.severity === 'error'))}
    </div>`;
  }
  return html`<div class="loading" role="status" aria-busy=${state === 'loading' ? 'true' : 'false'}>
    ${state === 'loading' ? words.loading : nothing}
  </div>`;
}
