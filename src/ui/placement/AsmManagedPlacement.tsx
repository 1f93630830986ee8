import { AsmVersionField } from './AsmVersionField';

/** An ASM Serverless gateway: no cluster of the user's to simulate, so nothing is simulated; the ASM version still counts. */
export function AsmManagedPlacement() {
  return (
    <section className="placement" aria-labelledby="placement-heading">
      <h2 id="placement-heading" className="pane-title">
        Placement
      </h2>
      <p className="note" role="note">
        This is an ASM Serverless gateway: ASM runs its pods on infrastructure it manages, so no cluster of yours is simulated here, and its availability does
        not depend on one. How ASM spreads those pods across zones is not documented.
      </p>
      <AsmVersionField />
    </section>
  );
}
