import { useEffect, useRef, useState } from 'react';
import { clipboardText } from '../../core';
import { useAppStore } from '../../state/StoreProvider';
import { copyText } from './exportText';
import { useDownloadYaml } from './useDownloadYaml';

type CopyState = 'idle' | 'copied' | 'refused';

/** What the buttons and the note say when the text is not an IstioGateway the form can read. */
const CAVEATS = {
  invalid: { suffix: ' (has errors)', note: 'The YAML does not parse: Copy and Download give the text exactly as typed, errors included.' },
  other: { suffix: ' (not an IstioGateway)', note: 'The text is not an IstioGateway: Copy and Download give it exactly as it is.' },
  empty: { suffix: ' (empty)', note: 'The editor is empty: there is nothing to copy or download but an empty file.' },
} as const;

/** Copy and Download of the YAML text, exactly as it stands in the editor. */
export function ExportActions() {
  const text = useAppStore((state) => state.text);
  // The file's own line breaks and BOM (an imported CRLF file downloads as CRLF).
  const encoding = useAppStore((state) => state.encoding);
  const status = useAppStore((state) => state.status);
  const caveat = status === 'gateway' ? undefined : CAVEATS[status];
  const broken = caveat !== undefined;
  const { download } = useDownloadYaml();
  const [copy, setCopy] = useState<CopyState>('idle');
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const manual = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (copy === 'refused') manual.current?.select();
  }, [copy]);

  return (
    <div className="export-actions">
      {caveat && (
        <p id="export-errors" className="note note-error">
          {caveat.note}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          aria-describedby={broken ? 'export-errors' : undefined}
          onClick={() => {
            void copyText(clipboardText(text, encoding)).then((ok) => setCopy(ok ? 'copied' : 'refused'));
          }}
        >
          {`Copy YAML${caveat?.suffix ?? ''}`}
        </button>
        <button
          type="button"
          aria-describedby={broken ? 'export-errors' : undefined}
          onClick={() => {
            download(setDownloaded);
          }}
        >
          {`Download YAML${caveat?.suffix ?? ''}`}
        </button>
      </div>
      <p role="status" className="status">
        {copy === 'copied' && 'Copied the YAML to the clipboard.'}
        {copy === 'refused' && 'The browser did not allow access to the clipboard. The YAML is selected below: press Ctrl+C (⌘C on a Mac) to copy it.'}
        {copy !== 'idle' && downloaded && ' '}
        {downloaded && `Downloaded ${downloaded}.`}
      </p>
      {copy === 'refused' && <textarea ref={manual} className="manual-copy" aria-label="YAML to copy by hand" readOnly value={text} rows={12} />}
    </div>
  );
}
