import { fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReactiveElement } from 'lit';
import { chord } from '../engine.js';
import {
  type AXNode,
  accessibilityTree,
  accessibleName,
  axeViolations,
  fullAccessibilityTree,
} from './a11y.js';
import { normalize } from './dom.js';
import {
  allowSyntheticCapture,
  dispatchPointer,
  dispatchTouch,
  dispatchWheel,
  dragPointer,
  type PointerInit,
  type TouchPoint,
  type WheelInit,
} from './input.js';

/**
 * What every component harness needs, as Material Web's `testing/harness.ts` gives it: the element
 * in a container of known width, its shadow root, simulated input on it, and its accessibility
 * (axe, the accessibility tree, focus, the live region). A component's harness extends this
 * with queries into its own shadow DOM.
 */
export abstract class ElementHarness<E extends ReactiveElement> {
  private element: E | null = null;
  private static mounted = 0;

  protected constructor(
    readonly container: HTMLElement,
    private readonly tagName: string,
  ) {
    // A selector the test runner can find the element by, for the accessibility tree.
    container.dataset.harness = String(++ElementHarness.mounted);
  }

  /** Where wheel, pointer and touch input goes unless told otherwise. */
  protected abstract get inputTarget(): Element | null;

  /** The live region whose text a screen reader announces. */
  protected abstract get liveRegionSelector(): string;

  get el(): E {
    this.element ??= this.container.querySelector<E>(this.tagName);
    if (!this.element) throw new Error(`the harness holds no <${this.tagName}>`);
    return this.element;
  }

  get root(): ShadowRoot {
    const root = this.el.shadowRoot;
    if (!root) throw new Error(`<${this.tagName}> has no shadow root`);
    return root;
  }

  /** Waits `n` animation frames, then for the element's update. */
  async waitFrames(n = 3): Promise<void> {
    for (let i = 0; i < n; i++) await nextFrame();
    await this.el.updateComplete;
  }

  // ---- Keyboard and focus ----

  /** The focused node of the shadow root. */
  get focused(): Element | null {
    return this.root.activeElement;
  }

  /** The focused element, in the element's shadow root or else in the page. */
  get activeElement(): Element | null {
    return document.activeElement === this.el ? this.root.activeElement : document.activeElement;
  }

  /** Presses a key with the keyboard, after focusing `target` if one is given. */
  async press(key: string, target?: HTMLElement): Promise<void> {
    target?.focus();
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }

  /** Presses Tab, or Shift+Tab, and returns what has focus then. */
  async tab(backwards = false): Promise<Element | null> {
    if (backwards) await chord('Shift', 'Tab');
    else await sendKeys({ press: 'Tab' });
    await this.el.updateComplete;
    return this.activeElement;
  }

  // ---- Wheel, pointer and touch ----

  /** Dispatches a wheel event on the input target and returns it, to read `defaultPrevented`. */
  wheel(init: WheelInit): WheelEvent {
    return dispatchWheel(this.target(), init);
  }

  /** Dispatches one pointer event on the input target or `init.target`. */
  pointer(type: 'pointerdown' | 'pointermove' | 'pointerup', init: PointerInit): PointerEvent {
    return dispatchPointer(init.target ?? this.target(), type, init);
  }

  /** Dispatches a TouchEvent on the input target; points are [identifier, clientX, clientY]. */
  touch(
    type: 'touchstart' | 'touchmove' | 'touchend',
    down: TouchPoint[],
    changed: TouchPoint[] = down,
  ): TouchEvent {
    return dispatchTouch(this.target(), type, down, changed);
  }

  /** Drags one pointer over the input target from one client point to another in `steps` moves. */
  drag(
    from: [number, number],
    to: [number, number],
    options: { pointerType?: 'mouse' | 'touch'; pointerId?: number; steps?: number } = {},
  ): void {
    dragPointer(this.target(), from, to, options);
  }

  /** Lets synthetic touch pointers be captured on `target` (see input.ts). Returns the undo. */
  allowSyntheticCapture(target: Element | null = this.inputTarget): () => void {
    if (!target) throw new Error('nothing to capture pointers on');
    return allowSyntheticCapture(target);
  }

  private target(): Element {
    const target = this.inputTarget;
    if (!target) throw new Error(`<${this.tagName}> has nothing to send input to`);
    return target;
  }

  // ---- Accessibility ----

  /** axe-core's WCAG 2.x A and AA violations in the element, or in `scope` (a node of its tree). */
  axeViolations(scope: Element = this.el): Promise<string[]> {
    return axeViolations(scope);
  }

  /** The accessible name of a node as axe-core computes it (accname), across the shadow root. */
  accessibleName(node: Element): string {
    return accessibleName(node);
  }

  /** The element's accessibility tree as a screen reader meets it (a11ySnapshot, interesting nodes). */
  accessibilityTree(): Promise<AXNode> {
    return accessibilityTree(this.selector);
  }

  /** The element's whole accessibility tree, lists, list items and tables included. */
  fullAccessibilityTree(): Promise<AXNode> {
    return fullAccessibilityTree(this.selector);
  }

  private get selector(): string {
    return `[data-harness="${this.container.dataset.harness}"] ${this.tagName}`;
  }

  /** The live region that announces what just happened. */
  get liveRegion(): HTMLElement | null {
    return this.root.querySelector(this.liveRegionSelector);
  }

  get announcement(): string {
    return normalize(this.liveRegion?.textContent);
  }
}

/** A visible container `width` pixels wide, mounted on the page, for a harness to fill. */
export async function mountContainer(width: number): Promise<HTMLDivElement> {
  await pageShown();
  return fixture<HTMLDivElement>(html`<div class="harness" style="width: ${width}px"></div>`);
}

/**
 * A hidden page runs no animation frames and delivers no resize observations, so the element can
 * never render there. web-test-runner's Chrome launcher with `concurrency: 2` leaves its first page
 * hidden behind the second in headless Chromium; say so at once rather than time out in every test.
 */
async function pageShown(): Promise<void> {
  if (document.visibilityState === 'visible') return;
  const shown = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 2000);
    document.addEventListener(
      'visibilitychange',
      () => {
        clearTimeout(timer);
        resolve(document.visibilityState === 'visible');
      },
      { once: true },
    );
  });
  if (!(await shown)) {
    throw new Error(
      'The test page is hidden (document.visibilityState is "hidden"), so no frame is rendered: ' +
        'run the browser tests with --concurrency 1, or make Chromium keep every page visible.',
    );
  }
}
