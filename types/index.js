// The framework type entries (event-timeline/react, /vue, /svelte) are types only: importing one
// at run time loads this empty module.
export {};
