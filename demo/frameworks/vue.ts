// Vue 3 with a single-file component, as most Vue sites are written: vue-tsc checks its template
// against the package's types (event-timeline/vue).
import 'event-timeline/define';
import { createApp } from 'vue';
import App from './vue-app.vue';

createApp(App).mount('#app');
