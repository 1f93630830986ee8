import { useState } from 'react';
import { downloadFileName } from '../../core';
import { selectAnswers } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { copyText } from './exportText';

/** How the file is applied: kubectl against the ASM instance, or the console. */
export function Handoff() {
  const fileName = useAppStore((state, store) => downloadFileName(selectAnswers(state, store), state.status !== 'gateway'));
  const command = `kubectl apply -f ${fileName}`;
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <section className="handoff" aria-labelledby="handoff-heading">
      <h3 id="handoff-heading">Apply it</h3>
      <div className="command">
        <code id="handoff-command">{command}</code>
        <button type="button" aria-describedby="handoff-command" onClick={() => void copyText(command).then(setCopied)}>
          Copy command
        </button>
      </div>
      <p className="field-help">
        Run it with the kubeconfig of the ASM instance (the mesh’s control plane), not that of the ACK cluster where the gateway pods run: ASM then creates the
        gateway’s Deployment and Service in each listed cluster. In the ASM console, Create from YAML on the instance’s ingress gateway page does the same.
      </p>
      <p role="status" className="status">
        {copied === true && 'Copied the command.'}
        {copied === false && 'The browser did not allow access to the clipboard: select the command above and copy it.'}
      </p>
    </section>
  );
}
