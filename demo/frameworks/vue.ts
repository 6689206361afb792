// Vue 3 sets `data` as a property (the element has one) and listens with onTimeline-select.
import 'event-timeline/define';
import { createApp, defineComponent, h, ref, shallowRef } from 'vue';
import story from '../../data/russia-syria.json';

const short = {
  title: 'Two events',
  events: [
    { id: 'a', title: 'First', start: '2024-11-27' },
    { id: 'b', title: 'Second', start: '2024-12-08' },
  ],
};

const App = defineComponent(() => {
  const data = shallowRef<unknown>(story);
  const selected = ref('nothing');
  return () =>
    h('main', [
      h('h1', 'Vue 3'),
      h('event-timeline', {
        data: data.value,
        'onTimeline-select': (e: CustomEvent<{ event: { title: string } | null }>) => {
          selected.value = e.detail.event?.title ?? 'nothing';
        },
      }),
      h('p', ['Selected: ', h('output', { id: 'selected' }, selected.value)]),
      h(
        'button',
        { type: 'button', id: 'swap', onClick: () => (data.value = short) },
        'Show a short timeline instead',
      ),
    ]);
});

createApp(App).mount('#app');
