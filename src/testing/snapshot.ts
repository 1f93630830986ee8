import { type FirstVisitSnapshot, readSnapshot } from '../state/firstVisit/snapshot';

/** A first visit's snapshot as the page reads it back from the <script> the build writes into index.html. */
export function readSnapshotScript(script: string): FirstVisitSnapshot {
  const text = /^<script type="application\/json" id="first-visit-state">(.*)<\/script>$/s.exec(script)?.[1] ?? null;
  const read = readSnapshot({ getElementById: () => ({ textContent: text }) as HTMLElement });
  if (!read) throw new Error('the snapshot did not read back');
  return read;
}
