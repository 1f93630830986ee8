import { SHARE_PREFIX } from '../core/share/prefix';

/** Where the app keeps its state in the browser (also read by the boot script in index.html, before any module loads). */
export const STORAGE_KEY = 'asm-gateway-ha-configurator/state';

/** What the page says when the browser refuses it storage (the getter itself throws, or reading does). */
export const STORAGE_REFUSED = 'This browser does not allow this page to store data: your work will not survive a reload.';

/**
 * Set on <html> by the boot script when this browser has saved work: the first visit's screen that
 * index.html carries would not be this user's, so it stays hidden until the app renders theirs.
 */
export const CLIENT_RENDER_CLASS = 'client-render';

/** Whether this browser has seen the introduction (shown once, then from the Help button): '1' once seen. */
export const INTRO_SEEN_KEY = 'asm-gateway-ha-configurator/intro-seen';

/**
 * Set on <html> by the boot script on a first visit (no saved work, introduction not seen): index.html's
 * introduction shows from the HTML, before the app runs, as it will once the app opens it.
 */
export const INTRO_FIRST_CLASS = 'intro-first';

/** The start of a share link's URL fragment (`#share=…`). */
const SHARE_FRAGMENT_START = `#${SHARE_PREFIX}`;

/**
 * The boot script: plain ES5 text, inlined into index.html and allowed by its hash in the page's CSP. Where storage
 * is refused, the app shows the introduction on every visit, so the HTML does too. A share link opens on the gateway
 * it holds, never behind the introduction: the reviewer who opens it came for that gateway.
 */
export const BOOT_SCRIPT =
  `try{var s=localStorage;if(s.getItem(${JSON.stringify(STORAGE_KEY)})!==null)document.documentElement.classList.add(${JSON.stringify(CLIENT_RENDER_CLASS)});` +
  `else if(s.getItem(${JSON.stringify(INTRO_SEEN_KEY)})!=='1'&&location.hash.indexOf(${JSON.stringify(SHARE_FRAGMENT_START)})!==0)document.documentElement.classList.add(${JSON.stringify(INTRO_FIRST_CLASS)})}` +
  `catch(e){if(location.hash.indexOf(${JSON.stringify(SHARE_FRAGMENT_START)})!==0)document.documentElement.classList.add(${JSON.stringify(INTRO_FIRST_CLASS)})}`;
