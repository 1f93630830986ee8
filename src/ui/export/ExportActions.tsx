import { useEffect, useRef, useState } from 'react';
import { downloadFileName } from '../../core';
import { selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { copyText, downloadText } from './exportText';

type CopyState = 'idle' | 'copied' | 'refused';

/** Copy and Download of the YAML text, exactly as it stands in the editor. */
export function ExportActions() {
  const text = useAppStore((state) => state.text);
  const fileName = useAppStore((state) => downloadFileName(selectAnswers(state)));
  const [copy, setCopy] = useState<CopyState>('idle');
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const manual = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (copy === 'refused') manual.current?.select();
  }, [copy]);

  return (
    <div className="export-actions">
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            void copyText(text).then((ok) => setCopy(ok ? 'copied' : 'refused'));
          }}
        >
          Copy YAML
        </button>
        <button
          type="button"
          onClick={() => {
            downloadText(fileName, text);
            setDownloaded(fileName);
          }}
        >
          Download YAML
        </button>
      </div>
      <p role="status" className="status">
        {copy === 'copied' && 'Copied the YAML to the clipboard.'}
        {copy === 'refused' &&
          'The browser did not allow access to the clipboard. The YAML is selected below: press Ctrl+C (⌘C on a Mac) to copy it.'}
        {copy !== 'idle' && downloaded && ' '}
        {downloaded && `Downloaded ${downloaded}.`}
      </p>
      {copy === 'refused' && (
        <textarea ref={manual} className="manual-copy" aria-label="YAML to copy by hand" readOnly value={text} rows={12} />
      )}
    </div>
  );
}
