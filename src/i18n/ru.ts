import type { Messages } from './en.js';

const plural = new Intl.PluralRules('ru');

/** Russian nouns take three forms by number: 1 событие, 3 события, 5 событий. */
function count(n: number, total: string, one: string, few: string, many: string): string {
  const form = plural.select(n);
  return `${total} ${form === 'one' ? one : form === 'few' ? few : many}`;
}

const events = (n: number, total: string) => count(n, total, 'событие', 'события', 'событий');

/** Russian: the words of the interface; dates (in the genitive, "8 декабря 2024 г.") come from Intl. */
export const ru: Partial<Messages> = {
  timeline: 'Хронология',
  events: 'События',
  loading: 'Загрузка хронологии…',
  close: 'Закрыть',
  today: 'Сегодня',
  future: 'Будущее',
  other: 'Другое',
  sources: 'Источники',
  video: 'Видео',
  post: 'Публикация',
  article: 'Статья',
  page: 'Ссылка',
  media: 'Изображение',
  pictureLink: 'Открыть страницу изображения',
  approximately: 'примерно',
  circa: 'ок.',
  present: 'настоящее время',
  reported: 'по сообщениям',
  disputed: 'оспаривается',
  errorTitle: 'Не удалось показать хронологию',
  showProblems: 'Показать проблемы',
  hideProblems: 'Скрыть проблемы',
  range: (start, end) => `${start} – ${end}`,
  rangeSpoken: (start, end) => `с ${start} по ${end}`,
  ongoing: (start) => `с ${start}, продолжается`,
  eventCount: events,
  skipped: (_n, total) => `пропущено: ${total}`,
  warnings: (n, total) => count(n, total, 'предупреждение', 'предупреждения', 'предупреждений'),
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  fit: 'Показать всё',
  wheelHint: 'Чтобы изменить масштаб, прокручивайте с Ctrl',
  wheelHintMac: 'Чтобы изменить масштаб, прокручивайте с ⌘',
  // The start of a span is in the genitive and its end in the accusative: "с 3 по 9 марта",
  // "с марта по декабрь 2024 г.".
  cluster: (n, dates, _at, categories) =>
    `${events(n, String(n))}, ${dates}${categories && `: ${categories}`}`,
  between: (start, end) => `с ${start} по ${end}`,
  tableView: 'Таблица',
  tableLoading: 'Загрузка событий…',
  tableCaption: (shown, total) => `События ${shown} из ${total}`,
  start: 'Начало',
  end: 'Конец',
  title: 'Событие',
  category: 'Категория',
  summary: 'Кратко',
  moreCategories: (n, total) => `ещё ${count(n, total, 'категория', 'категории', 'категорий')}`,
  showCategories: (first, last, total) => `Показать категории ${first}–${last} из ${total}`,
  previous: 'Назад',
  next: 'Вперёд',
  story: 'рассказ',
  slide: 'слайд',
  slideOf: (n, total) => `${n} из ${total}`,
  beginStory: 'Начать рассказ',
  search: 'Поиск по событиям',
  matches: (n, total) => `${n} из ${total}`,
  nextMatch: 'Следующее совпадение',
  previousMatch: 'Предыдущее совпадение',
  laneToggle: 'Показать или скрыть эту категорию. Alt+щелчок или Alt+Enter: только её.',
  showAll: 'Показать все категории',
  hiddenCategories: (n, total) =>
    `скрыто: ${count(n, total, 'категория', 'категории', 'категорий')}`,
  comma: ', ',
};

export default ru;
