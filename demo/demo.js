// The language switch of the story: the same timeline, its data translated, its words and dates
// following the inherited lang and dir.
const frame = document.getElementById('story-frame');
const timeline = document.getElementById('russia-syria');
const files = {
  en: '../data/russia-syria.json',
  ar: '../data/russia-syria.ar.json',
  ru: '../data/russia-syria.ru.json',
};

for (const button of document.querySelectorAll('.languages button')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    frame.lang = lang;
    frame.dir = lang === 'ar' ? 'rtl' : 'ltr';
    timeline.src = files[lang];
    for (const other of document.querySelectorAll('.languages button')) {
      other.setAttribute('aria-pressed', String(other === button));
    }
  });
}

// The spreadsheet section shows the file it reads, as text, the first time it is opened.
const sheetRows = document.getElementById('sheet-rows');
sheetRows.addEventListener('toggle', async () => {
  const code = sheetRows.querySelector('code');
  if (!sheetRows.open || code.textContent) return;
  const text = await fetch('../data/russia-syria.csv').then((response) => response.text());
  code.textContent = text.split('\n').slice(0, 4).join('\n');
});

// The view as a picture: the element's toSVG() and toPNG() (2×, for sharp screens and print).
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

document.getElementById('download-svg').addEventListener('click', async () => {
  const svg = await timeline.toSVG();
  download(new Blob([svg], { type: 'image/svg+xml' }), 'russia-syria.svg');
});
document.getElementById('download-png').addEventListener('click', async () => {
  download(await timeline.toPNG({ scale: 2 }), 'russia-syria.png');
});
