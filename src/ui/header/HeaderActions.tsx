import { useState } from 'react';
import { isShareFragment } from '../../core';
import { selectActions } from '../../state/selectors';
import { useAppStore } from '../../state/StoreProvider';
import { ImportButton } from '../export/ImportButton';
import { IntroDialog } from '../help/IntroDialog';
import { introSeen, markIntroSeen } from '../help/introSeen';
import { UndoRedo } from './UndoRedo';

/** Import, the one history, the way back to work a share link replaced, and Help (the introduction, shown once by itself). */
export function HeaderActions() {
  // A share link opens on its gateway: the reviewer came for it, not for the introduction (Help shows it).
  const [intro, setIntro] = useState(() => !introSeen() && !(typeof window !== 'undefined' && isShareFragment(window.location.hash)));
  const hasKeptWork = useAppStore((state) => state.keptWork !== null);
  const keptIsShared = useAppStore((state) => state.keptIsShared);
  const { returnToWork } = useAppStore(selectActions);
  return (
    <div className="header-actions">
      <ImportButton />
      <UndoRedo />
      {hasKeptWork && (
        <button type="button" onClick={returnToWork}>
          {keptIsShared ? 'Back to the shared gateway' : 'Back to my work'}
        </button>
      )}
      <button type="button" aria-haspopup="dialog" onClick={() => setIntro(true)}>
        Help
      </button>
      <IntroDialog
        open={intro}
        onClose={() => {
          markIntroSeen();
          setIntro(false);
        }}
      />
    </div>
  );
}
