// A limit of ECI that the form's vSwitch rows and the HA rules both hold to. Light: the first screen's vSwitch list
// uses it before the engine loads (types.ts, whose other constants only the engine uses, re-exports it).

/** ECI accepts at most 10 vSwitches (domain.md §2.2). */
export const MAX_VSWITCHES = 10;
