// Svelte 5: svelte-check checks the component's markup against the package's types
// (event-timeline/svelte).
import 'event-timeline/define';
import { mount } from 'svelte';
import App from './svelte-app.svelte';

mount(App, { target: document.getElementById('app') as HTMLElement });
