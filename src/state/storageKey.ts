/** Where the app keeps its state in the browser (also read by the boot script in index.html, before any module loads). */
export const STORAGE_KEY = 'asm-gateway-ha-configurator/state';

/**
 * Set on <html> by the boot script when this browser has saved work: the first visit's screen that
 * index.html carries would not be this user's, so it stays hidden until the app renders theirs.
 */
export const CLIENT_RENDER_CLASS = 'client-render';

/** The boot script: plain ES5 text, inlined into index.html and allowed by its hash in the page's CSP. */
export const BOOT_SCRIPT = `try{if(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})!==null)document.documentElement.classList.add(${JSON.stringify(CLIENT_RENDER_CLASS)})}catch(e){}`;
