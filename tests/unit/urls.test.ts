import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/model/urls.js';

describe('safeUrl', () => {
  it('safeUrl(url) keeps http and https links, normalized', () => {
    expect(safeUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(safeUrl('http://example.com')).toBe('http://example.com/');
    expect(safeUrl('HTTPS://EXAMPLE.com/A')).toBe('https://example.com/A');
    expect(safeUrl('  https://example.com/x  ')).toBe('https://example.com/x');
  });

  it('safeUrl(url) keeps mailto links', () => {
    expect(safeUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('safeUrl(url) refuses javascript: however it is written', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeUrl('java\tscript:alert(1)')).toBeNull();
    expect(safeUrl('java\nscript:alert(1)')).toBeNull();
    expect(safeUrl(' javascript:alert(1)')).toBeNull();
    expect(safeUrl('\u0000javascript:alert(1)')).toBeNull();
  });

  it('safeUrl(url) refuses other schemes', () => {
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeUrl('vbscript:msgbox(1)')).toBeNull();
    expect(safeUrl('file:///etc/passwd')).toBeNull();
    expect(safeUrl('ftp://example.com/')).toBeNull();
  });

  it('safeUrl(url) keeps relative links', () => {
    expect(safeUrl('/a')).toBe('/a');
    expect(safeUrl('notes/b.html#x')).toBe('notes/b.html#x');
    expect(safeUrl('?q=1')).toBe('?q=1');
  });

  it('safeUrl(url) refuses an entity-encoded javascript: link', () => {
    expect(safeUrl('&#106;avascript:alert(1)')).toBeNull();
  });

  it('safeUrl(url) refuses links a browser could read differently', () => {
    expect(safeUrl('\\\\evil.example\\x')).toBeNull();
    expect(safeUrl('https://exa mple.com')).toBeNull();
    expect(safeUrl('a\u0001b')).toBeNull();
  });

  it('safeUrl("") is no link', () => {
    expect(safeUrl('')).toBeNull();
    expect(safeUrl('   ')).toBeNull();
  });
});
