// Accessibility as the tests read it: axe-core's verdicts and accessible names, and the
// accessibility tree a screen reader meets. Nothing here knows the timeline.
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';

/** The parts of axe-core these tests use, loaded as a script onto window. */
interface Axe {
  run(context: Node, options: object): Promise<AxeResults>;
  setup(node?: Element | Document): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

const axe = (): Axe => (window as unknown as { axe: Axe }).axe;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A node of Chromium's accessibility tree, as a11ySnapshot and the a11y-tree command return it. */
export interface AXNode {
  role: string;
  name?: string;
  description?: string;
  pressed?: boolean | 'mixed';
  expanded?: boolean;
  live?: string;
  level?: number;
  children?: AXNode[];
}

/** Every node of an accessibility tree, in document order (the root first). */
export function axNodes(node: AXNode | null): AXNode[] {
  return node ? [node, ...(node.children ?? []).flatMap(axNodes)] : [];
}

/**
 * axe-core's WCAG 2.x A and AA violations in `scope` (a node of a shadow tree is fine), as
 * "rule: element, why" entries.
 */
export async function axeViolations(scope: Element): Promise<string[]> {
  const results = await axe().run(scope, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
  });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 160)}\n${n.failureSummary ?? ''}`),
  );
}

/** The accessible name of a node as axe-core computes it (accname), across shadow roots. */
export function accessibleName(node: Element): string {
  const a = axe();
  a.setup(document.documentElement);
  try {
    return a.commons.text.accessibleTextVirtual(a.utils.getNodeFromTree(node));
  } finally {
    a.teardown();
  }
}

/** The accessibility tree of the element `selector` finds, as a screen reader meets it. */
export async function accessibilityTree(selector: string): Promise<AXNode> {
  const tree = (await a11ySnapshot({ selector })) as unknown as AXNode | null;
  if (!tree) throw new Error('a11ySnapshot returned no tree for the element');
  return tree;
}

/** The whole accessibility tree of the element `selector` finds, lists, items and tables included. */
export async function fullAccessibilityTree(selector: string): Promise<AXNode> {
  const tree = await executeServerCommand<AXNode | null, { selector: string }>('a11y-tree', {
    selector,
  });
  if (!tree) throw new Error('a11y-tree returned no tree for the element');
  return tree;
}
