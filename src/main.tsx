// The entry. The built index.html already shows the first screen (and preloads the app's script), so the
// browser paints that HTML first and evaluates the app after, instead of making the first paint wait for
// the whole script. A hidden tab paints nothing: it starts at once.
import { isShareFragment } from './core/share/prefix';
import { CLIENT_RENDER_CLASS, INTRO_FIRST_CLASS } from './state/storageKey';
import './ui/app.css';

const afterFirstPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (document.visibilityState === 'hidden') resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });

// Saved work (the boot script marked it) or a link to open needs the engine at start: it loads beside the app.
if (document.documentElement.classList.contains(CLIENT_RENDER_CLASS) || isShareFragment(window.location.hash)) {
  import('./state/engine').catch(() => undefined);
}

afterFirstPaint()
  .then(() => import('./start'))
  .catch(() => {
    // The introduction the HTML shows on a first visit would cover the message, and its Start could not be used.
    document.documentElement.classList.remove(INTRO_FIRST_CLASS);
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'boot-error';
    message.textContent = 'This page could not load its script (the network may be down, or a newer version was published). Reload the page to try again.';
    document.body.prepend(message);
  });
