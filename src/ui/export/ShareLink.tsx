import { useEffect, useRef, useState } from 'react';
import { shareFragment } from '../../state/shareFragment';
import { useAppStoreApi } from '../../state/StoreProvider';
import { copyText } from './exportText';

type ShareState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'copied'; readonly length: number }
  | { readonly kind: 'manual'; readonly url: string }
  | { readonly kind: 'refused'; readonly message: string };

/** Copy share link: the state in the URL's fragment, which the browser never sends to a server. */
export function ShareLink() {
  const store = useAppStoreApi();
  const [share, setShare] = useState<ShareState>({ kind: 'idle' });
  const manual = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (share.kind === 'manual') manual.current?.select();
  }, [share]);

  const copy = async (): Promise<void> => {
    const encoded = await shareFragment(store.getState()).catch(() => ({
      ok: false as const,
      message: 'The share link could not be made: this page could not load the part that writes it (the network may be down). Reload to try again.',
    }));
    if (!encoded.ok) {
      setShare({ kind: 'refused', message: encoded.message });
      return;
    }
    const { origin, pathname, search } = window.location;
    const url = `${origin}${pathname}${search}#${encoded.fragment}`;
    const ok = await copyText(url);
    setShare(ok ? { kind: 'copied', length: url.length } : { kind: 'manual', url });
  };

  return (
    <div className="share-link">
      <button type="button" aria-describedby="share-help" onClick={() => void copy()}>
        Copy share link
      </button>
      <p id="share-help" className="field-help">
        A link that opens this YAML, wizard step and simulated cluster for someone else. It carries the YAML itself (compressed, in the part of the address
        browsers never send to a server): share it as you would share the file.
      </p>
      <p role="status" className="status">
        {share.kind === 'copied' && `Copied a share link (${share.length.toLocaleString('en')} characters) to the clipboard.`}
        {share.kind === 'manual' && 'The browser did not allow access to the clipboard. The link is selected below: press Ctrl+C (⌘C on a Mac) to copy it.'}
        {share.kind === 'refused' && share.message}
      </p>
      {share.kind === 'manual' && <textarea ref={manual} className="manual-copy" aria-label="Share link to copy by hand" readOnly value={share.url} rows={4} />}
    </div>
  );
}
