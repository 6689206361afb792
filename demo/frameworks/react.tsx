// React 19 passes objects to custom elements as properties and listens to their events through
// `on` + the event's own name, so the element needs no wrapper.
import 'event-timeline/define';
// <event-timeline>'s props and on<event> handlers in JSX, from the package's own types.
import type {} from 'event-timeline/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import story from '../../data/russia-syria.json';

const short = {
  title: 'Two events',
  events: [
    { id: 'a', title: 'First', start: '2024-11-27' },
    { id: 'b', title: 'Second', start: '2024-12-08' },
  ],
};

function App() {
  const [data, setData] = useState<unknown>(story);
  const [selected, setSelected] = useState('nothing');
  return (
    <main>
      <h1>React 19</h1>
      <event-timeline
        data={data}
        ontimeline-select={(e) => setSelected(e.detail.event?.title ?? 'nothing')}
      />
      <p>
        Selected: <output id="selected">{selected}</output>
      </p>
      <button type="button" id="swap" onClick={() => setData(short)}>
        Show a short timeline instead
      </button>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
