// Plain DOM: properties, attributes and events, as any page would use them.
const timeline = document.getElementById('timeline');
timeline.addEventListener('timeline-select', (e) => {
  document.getElementById('selected').value = e.detail.event?.title ?? 'nothing';
});
document.getElementById('swap').addEventListener('click', () => {
  timeline.data = {
    title: 'Two events',
    events: [
      { id: 'a', title: 'First', start: '2024-11-27' },
      { id: 'b', title: 'Second', start: '2024-12-08' },
    ],
  };
});
