/**
 * ha/vswitch-format, ha/vswitch-duplicate, ha/vswitch-too-many, ha/vswitch-placeholder — the ECI
 * vSwitch list.
 * Why: ECI takes at most 10 vSwitches of one VPC, each "vsw-" and lowercase letters and digits
 * (domain.md §2.2, §2.3); a duplicate adds no zone; the ASM document's IDs are masked examples
 * that exist in no VPC. Fix: real vSwitch IDs in different zones.
 * Severity: errors where ECI cannot create the pods: more than 10 vSwitches (ECI, "Configure multiple zones to create
 * a pod": at most 10), and an ID that is no vSwitch ID (every vSwitch ID is "vsw-" and lowercase letters and digits:
 * Terraform's alicloud provider validates ^vsw-[a-z0-9]*$, domain.md §2.3), which names no vSwitch to create a pod
 * in. The masked example is a warning (it is the document's, to replace); a duplicate is a note (it adds nothing,
 * and no document says it is refused).
 */
import { isExamplePlaceholder, VSWITCH_ID_FORM } from '../../gateway/idForms';
import { MAX_VSWITCHES } from '../../gateway/types';
import type { GatewayIssue } from '../../gateway/gatewayIssue';
import { answerRule, finding } from '../rule';

const codes = {
  'ha/vswitch-too-many': { refused: true },
  'ha/vswitch-duplicate': {},
  'ha/vswitch-placeholder': {},
  'ha/vswitch-format': { refused: true },
} as const;

export const vSwitchIds = answerRule({
  id: 'ha/vswitch-ids',
  codes,
  check: ({ answers, paths }) => {
    if (answers.clusterType !== 'ACKServerless') return [];
    const ids = answers.vSwitchIds;
    const path = paths.vSwitchIds;
    const issues: GatewayIssue<keyof typeof codes>[] = [];
    if (ids.length > MAX_VSWITCHES) {
      issues.push(finding('ha/vswitch-too-many', 'error', `ECI accepts at most ${MAX_VSWITCHES} vSwitches; ${ids.length} are listed.`, path));
    }
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      if (!first.has(id)) first.set(id, i);
    });
    ids.forEach((id, i) => {
      const at = [...path, i];
      if (first.get(id) !== i) issues.push(finding('ha/vswitch-duplicate', 'info', `${id} is listed twice; once is enough, it adds no zone.`, at));
      else if (isExamplePlaceholder(id, VSWITCH_ID_FORM)) {
        issues.push(
          finding(
            'ha/vswitch-placeholder',
            'warning',
            `${id} is a placeholder (an example ID from ASM’s documents, or a template’s slot), not a vSwitch ID; replace it with your vSwitch ID.`,
            at,
          ),
        );
      } else if (!VSWITCH_ID_FORM.test(id)) {
        issues.push(finding('ha/vswitch-format', 'error', `${id} is not a vSwitch ID: “vsw-” followed by lowercase letters and digits.`, at));
      }
    });
    return issues;
  },
});
