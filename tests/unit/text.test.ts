import { describe, expect, it } from 'vitest';
import { cleanText, htmlToText, paragraphs } from '../../src/model/text.js';

describe('cleanText', () => {
  it('cleanText(text) trims and unifies line endings', () => {
    expect(cleanText('  one\r\ntwo\rthree\n ')).toBe('one\ntwo\nthree');
  });

  it('cleanText(text) removes control characters but keeps tabs and newlines', () => {
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh')).toBe('abcdef\tg\nh');
  });

  it('cleanText(text) leaves markup alone: it is plain text, never HTML', () => {
    expect(cleanText('<b>bold</b> &amp;')).toBe('<b>bold</b> &amp;');
  });
});

describe('htmlToText', () => {
  it('htmlToText(html) drops tags and keeps their text', () => {
    expect(htmlToText('<b>bold</b> and <i>italic</i>')).toBe('bold and italic');
    expect(htmlToText('<a href="javascript:alert(1)">link</a>')).toBe('link');
    expect(htmlToText('<img src=x onerror=alert(1)>text')).toBe('text');
  });

  it('htmlToText(html) turns <br> into a line break', () => {
    expect(htmlToText('a<br>b<br/>c<BR />d')).toBe('a\nb\nc\nd');
  });

  it('htmlToText(html) separates paragraphs and blocks with a blank line', () => {
    expect(htmlToText('<p>One</p><p>Two</p>')).toBe('One\n\nTwo');
    expect(htmlToText('<ul><li>a</li><li>b</li></ul>')).toBe('a\n\nb');
    expect(htmlToText('<p>One</p>\n\n\n<p>Two</p>')).toBe('One\n\nTwo');
  });

  it('htmlToText(html) decodes named and numeric entities', () => {
    expect(htmlToText('&amp; &lt; &gt; &quot; &apos; &#39; &#x41; &#X42; &#128512;')).toBe(
      "& < > \" ' ' A B 😀",
    );
    expect(htmlToText('a&nbsp;b &mdash; c&hellip;')).toBe('a\u00a0b — c…');
  });

  it('htmlToText(html) decodes entities once', () => {
    expect(htmlToText('&amp;lt;b&amp;gt;')).toBe('&lt;b&gt;');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('htmlToText(html) keeps unknown entities and drops impossible code points', () => {
    expect(htmlToText('&foo; x')).toBe('&foo; x');
    expect(htmlToText('&#0;z&#x110000;')).toBe('z');
  });

  it('htmlToText(html) removes scripts and styles with their content', () => {
    expect(htmlToText('<script>alert(1)</script>ok')).toBe('ok');
    expect(htmlToText('<SCRIPT type="x">a</SCRIPT >ok')).toBe('ok');
    expect(htmlToText('<style>p { color: red }</style>ok')).toBe('ok');
    expect(htmlToText('before<script>alert(1)')).toBe('before');
  });

  it('htmlToText(html) removes comments, closed or not', () => {
    expect(htmlToText('<!-- hidden -->shown')).toBe('shown');
    expect(htmlToText('shown<!-- never closed')).toBe('shown');
  });

  it('htmlToText(html) keeps a < that starts no tag', () => {
    expect(htmlToText('a < b')).toBe('a < b');
    expect(htmlToText('x<3 and 2 > 1')).toBe('x<3 and 2 > 1');
  });

  it('htmlToText(html) collapses spaces and trims', () => {
    expect(htmlToText('  a   b \t c  ')).toBe('a b c');
    expect(htmlToText('<p> One </p> <p> Two </p>')).toBe('One\n\nTwo');
  });
});

describe('paragraphs', () => {
  it('paragraphs(text) splits on blank lines and keeps single line breaks', () => {
    expect(paragraphs('One\n\nTwo\nmore\n \nThree\n\n\n')).toEqual(['One', 'Two\nmore', 'Three']);
  });

  it('paragraphs("") is no paragraph', () => {
    expect(paragraphs('')).toEqual([]);
    expect(paragraphs('\n\n')).toEqual([]);
  });
});
