import type { Issue, Severity } from './types.js';

/** Collects issues for one input and counts its errors, so a caller can tell if a part failed. */
export class IssueLog {
  readonly issues: Issue[] = [];
  errors = 0;

  add(path: string, message: string, severity: Severity = 'error'): void {
    this.issues.push({ path, message, severity });
    if (severity === 'error') this.errors++;
  }

  warn(path: string, message: string): void {
    this.add(path, message, 'warning');
  }
}
