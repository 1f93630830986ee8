import { createContext, useContext } from 'react';

/**
 * Whether the wizard's controls are locked (the YAML is not an IstioGateway the form can edit). The
 * wizard provides it; each control that edits the YAML is disabled by it. A help button is not: what a
 * field means can be read while the YAML is being fixed.
 */
export const FormLock = createContext(false);

export const useFormLocked = (): boolean => useContext(FormLock);
