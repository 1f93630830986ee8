// The engine: the core with the `yaml` library, the store's actions over the document, persistence and share
// links. The app loads it at start when there is saved work or a link to open; on a first visit, when the user
// first reaches for the page (src/state/firstVisit/).
export { createStartupStore, isFirstVisit, loadSavedState, persistStore } from './persistence';
export { openShareLink } from './share';
export { createAppStore } from './store';
