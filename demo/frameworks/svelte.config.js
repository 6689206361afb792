// Svelte's options for the Svelte page, read by svelte-check and by the Vite plugin (the defaults).
export default {};
