import { describe, expect, it } from 'vitest';
import { safeColor } from '../../src/model/colors.js';

describe('safeColor', () => {
  it('safeColor(hex) accepts 3, 4, 6 and 8 hex digits', () => {
    for (const hex of ['#abc', '#ABCD', '#8c2d04', '#8c2d04cc']) expect(safeColor(hex)).toBe(hex);
  });

  it('safeColor(hex) refuses other lengths and non-hex digits', () => {
    for (const hex of ['#ab', '#abcde', '#abcdefa', '#ggg', 'abc', '#fff;']) {
      expect(safeColor(hex), hex).toBeNull();
    }
  });

  it('safeColor(fn) accepts colour functions of plain numbers', () => {
    for (const color of [
      'rgb(1, 2, 3)',
      'rgba(1,2,3,0.5)',
      'rgb(1 2 3 / 50%)',
      'hsl(120deg 50% 50%)',
      'hsla(120, 50%, 50%, .5)',
      'oklch(0.7 0.1 200)',
    ]) {
      expect(safeColor(color), color).toBe(color);
    }
  });

  it('safeColor(name) accepts the basic colour names, in any case, trimmed', () => {
    expect(safeColor('red')).toBe('red');
    expect(safeColor('Teal')).toBe('Teal');
    expect(safeColor(' navy ')).toBe('navy');
  });

  it('safeColor(css) refuses anything that could carry CSS of its own', () => {
    for (const css of [
      'url(x)',
      'red;background:url(x)',
      'var(--x)',
      'expression(alert(1))',
      'rgb(1,2,3);color:red',
      'rgb(calc(1),2,3)',
      'rgb(1,2)',
      'red }',
      '',
    ]) {
      expect(safeColor(css), css).toBeNull();
    }
  });

  it('safeColor(name) refuses names outside the basic set', () => {
    expect(safeColor('rebeccapurple')).toBeNull();
    expect(safeColor('currentColor')).toBeNull();
  });
});
