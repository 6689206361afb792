import type { Messages } from './en.js';

const plural = new Intl.PluralRules('ar');

/** Arabic nouns take six forms by number: لا أحداث، حدث واحد، حدثان، ٣ أحداث، ١١ حدثًا، ١٠٠ حدث. */
function count(n: number, total: string, forms: Record<Intl.LDMLPluralRule, string>): string {
  return forms[plural.select(n)].replace('#', total);
}

const events = (n: number, total: string) =>
  count(n, total, {
    zero: 'لا أحداث',
    one: 'حدث واحد',
    two: 'حدثان',
    few: '# أحداث',
    many: '# حدثًا',
    other: '# حدث',
  });

/** Arabic: the words of the interface; dates come from Intl. */
export const ar: Partial<Messages> = {
  timeline: 'الخط الزمني',
  events: 'الأحداث',
  loading: 'جارٍ تحميل الخط الزمني…',
  close: 'إغلاق',
  today: 'اليوم',
  future: 'المستقبل',
  other: 'أخرى',
  sources: 'المصادر',
  video: 'فيديو',
  post: 'منشور',
  article: 'مقالة',
  page: 'رابط',
  media: 'صورة',
  pictureLink: 'فتح صفحة الصورة',
  approximately: 'حوالي',
  circa: 'حوالي',
  present: 'الآن',
  reported: 'بحسب التقارير',
  disputed: 'موضع خلاف',
  errorTitle: 'تعذّر عرض هذا الخط الزمني',
  showProblems: 'عرض المشكلات',
  hideProblems: 'إخفاء المشكلات',
  range: (start, end) => `${start} – ${end}`,
  rangeSpoken: (start, end) => `من ${start} إلى ${end}`,
  ongoing: (start) => `منذ ${start}، مستمر`,
  eventCount: events,
  skipped: (_n, total) => `${total} لم تُعرض`,
  warnings: (n, total) =>
    count(n, total, {
      zero: 'لا تحذيرات',
      one: 'تحذير واحد',
      two: 'تحذيران',
      few: '# تحذيرات',
      many: '# تحذيرًا',
      other: '# تحذير',
    }),
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  wheelHint: 'للتكبير، مرّر مع الضغط على Ctrl',
  wheelHintMac: 'للتكبير، مرّر مع الضغط على ⌘',
  cluster: (n, dates, at, categories) =>
    `${events(n, String(n))}${at === 'span' ? '،' : ' في'} ${dates}${categories && `: ${categories}`}`,
  between: (start, end) => `من ${start} إلى ${end}`,
  tableView: 'جدول',
  tableLoading: 'جارٍ تحميل الأحداث…',
  tableCaption: (shown, total) => `الأحداث ${shown} من ${total}`,
  start: 'البداية',
  end: 'النهاية',
  title: 'الحدث',
  category: 'الفئة',
  summary: 'الملخص',
  moreCategories: (n, total) =>
    count(n, total, {
      zero: 'لا فئات أخرى',
      one: 'فئة أخرى واحدة',
      two: 'فئتان أخريان',
      few: '# فئات أخرى',
      many: '# فئة أخرى',
      other: '# فئة أخرى',
    }),
  showCategories: (first, last, total) => `عرض الفئات ${first}–${last} من ${total}`,
  previous: 'السابق',
  next: 'التالي',
  story: 'قصة',
  slide: 'شريحة',
  slideOf: (n, total) => `${n} من ${total}`,
  beginStory: 'ابدأ القصة',
  search: 'ابحث في الأحداث',
  matches: (n, total) => `${n} من ${total}`,
  nextMatch: 'النتيجة التالية',
  previousMatch: 'النتيجة السابقة',
  laneToggle: 'إظهار هذه الفئة أو إخفاؤها. Alt مع النقر أو Alt+Enter: إظهارها وحدها.',
  showAll: 'إظهار كل الفئات',
  hiddenCategories: (n, total) =>
    count(n, total, {
      zero: 'لا فئات مخفية',
      one: 'فئة واحدة مخفية',
      two: 'فئتان مخفيتان',
      few: '# فئات مخفية',
      many: '# فئة مخفية',
      other: '# فئة مخفية',
    }),
  comma: '، ',
};

export default ar;
