/**
 * Everything the search UI needs, as one lazily loaded chunk: both the header box and the search page
 * import it with import(), so reading pages never load it before the reader starts searching, and no
 * shared chunk (and no module-preload helper) lands on reading pages.
 */
export { attachHeaderSearch } from './search-header.ts';
export { attachSearchPage } from './search-page.ts';
