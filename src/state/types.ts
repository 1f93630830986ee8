// The state's types, apart from the code that makes it: store, derivations and selectors all read them here.
import type { StoreApi } from 'zustand/vanilla';
import type {
  AnswerChange,
  Answers,
  BasisStatus,
  ChangedLine,
  ClusterSpec,
  DocPath,
  FieldKey,
  Finding,
  FindingReport,
  GatewayDocument,
  GatewayFix,
  GatewayIssue,
  GatewaySource,
  GatewayWorkload,
  Issue,
  PlacementResult,
  PortRow,
  PresetId,
  Remembered,
  SavedState,
  Severity,
  StepId,
  TextEdit,
  TextEncoding,
  TextField,
  TextOrigin,
  TextSpan,
} from '../core';
import type { PlacementActions, PlacementState } from './slices/placement';

/** What the user typed into a field that is not (yet) valid, and why. The YAML keeps its last valid value. */
export interface Draft<Raw> {
  readonly raw: Raw;
  readonly issues: readonly GatewayIssue[];
}

export interface Drafts {
  readonly text: Partial<Record<TextField, Draft<string>>>;
  readonly vSwitchRows?: Draft<readonly string[]>;
  readonly portRows?: Draft<readonly PortRow[]>;
}

export interface Notice {
  readonly message: string;
  /** Offers Undo for the change the notice reports. */
  readonly undoable: boolean;
  /** Offers to convert a JSON document to YAML. */
  readonly offer?: 'convert-json';
}

/** The last text change, as minimal edits against the previous text, so an editor can apply it as an edit. */
export interface TextChange {
  readonly from: string;
  readonly edits: readonly TextEdit[];
  /** Where it came from: the form (its lines are briefly highlighted) or the editor itself. */
  readonly source: 'form' | 'other';
}

/** One undo step: the text, the preset the Preset select showed with it, and how its file wrote it. */
export interface HistoryEntry {
  readonly text: string;
  readonly preset: PresetId;
  readonly encoding: TextEncoding;
  readonly origin: TextOrigin | null;
}

// The state is plain data, in slices (src/state/slices/): each slice's fields, and the actions that set them.

/** The document and its history: the text is the source of truth, the document what was last read from it. */
export interface DocumentState {
  /** The YAML text (with `\n` line breaks and no BOM, as the editor holds it). */
  readonly text: string;
  /** How the imported file wrote the text (CRLF line breaks, a BOM): Download writes it that way again. */
  readonly encoding: TextEncoding;
  /** The file or shared gateway the text came from, when not a preset: edits are told and shown against it. */
  readonly origin: TextOrigin | null;
  /** The last IstioGateway document read from the text (the form shows its values); the previous one while the text is not one. */
  readonly doc: GatewayDocument;
  /** Where `doc` lies in `text` (a file may hold several documents). */
  readonly docStart: number;
  readonly docEnd: number;
  /** Whether the text is an IstioGateway the form can edit; anything else locks the form. */
  readonly status: GatewaySource['status'];
  /** Problems of the text itself: syntax, several documents, not an IstioGateway. */
  readonly textIssues: readonly Issue[];
  /** The text is JSON (which is YAML too); the app offers to convert it. */
  readonly isJson: boolean;
  readonly preset: PresetId;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** When the editor last typed: typing within a second is one undo step. */
  readonly typingAt: number | null;
  /** When the current typing burst began. */
  readonly burstAt: number | null;
  readonly lastChange: TextChange | null;
  /** What to write when the user switches cluster type back: the settings they had (and the cluster IDs an ASM Serverless gateway drops). */
  readonly remembered: Remembered;
}

/** What the form holds that the document does not: text typed into fields that is not (yet) valid. */
export interface FormState {
  readonly drafts: Drafts;
}

/** The screen's own state and its requests to the screen: not part of the document. */
export interface ScreenRequestState {
  readonly step: StepId;
  readonly notice: Notice | null;
  /** A request to show a place in the editor (a syntax error, a finding); `seq` makes each request new. */
  readonly reveal: { readonly span: TextSpan; readonly seq: number; /** Move the keyboard focus into the editor too. */ readonly focus: boolean } | null;
  /** A request to focus a wizard field (a finding was shown); `row` picks a list's row. */
  readonly fieldFocus: { readonly field: FieldKey; readonly row: number | undefined; readonly seq: number } | null;
  /** The form field that has focus: the editor marks the lines it owns. */
  readonly focusedField: FieldKey | null;
  /** The full editor was asked for (focus on the YAML, an import, a place to show in it); until then a light view shows the text. */
  readonly editorRequested: boolean;
}

/** The user's own work set aside when a share link was opened over it (or the shared gateway they went back from). */
export interface ShareState {
  readonly keptWork: SavedState | null;
  /** The kept copy is the shared gateway (the user went back to their own work), not the user's own work. */
  readonly keptIsShared: boolean;
}

export type AppState = DocumentState & FormState & ScreenRequestState & ShareState & PlacementState;

/**
 * What the screen reads: the state without the parsed document. A first visit shows the build's snapshot of it
 * until the engine has loaded (src/state/firstVisit/); the screen cannot tell the two apart.
 */
export type ScreenState = Omit<AppState, 'doc'>;

export interface DocumentActions {
  choosePreset: (id: PresetId) => void;
  /** The chosen preset's text again, replacing the YAML (undoable). */
  resetToPreset: () => void;
  /** Text typed or pasted in the editor. */
  editYaml: (text: string) => void;
  /** A file's text, replacing the document (undoable). */
  importText: (text: string, fileName: string) => void;
  convertJsonToYaml: () => void;
  undo: () => void;
  redo: () => void;
}

export interface FormActions {
  setTextField: (field: TextField, raw: string) => void;
  setVSwitchRows: (rows: readonly string[]) => void;
  setPortRows: (rows: readonly PortRow[]) => void;
  /** A choice (radio, select, checkbox): always a valid value, written at once. */
  choose: (change: AnswerChange) => void;
  /** Applies a finding's fix: all its changes as one undo step. */
  applyFix: (fix: GatewayFix) => void;
}

export interface ScreenRequestActions {
  goToStep: (step: StepId) => void;
  dismissNotice: () => void;
  /** Shows a message (no Undo): something the user asked for could not be done. */
  tell: (message: string) => void;
  revealInEditor: (span: TextSpan) => void;
  /**
   * Shows a finding: its line in the editor, and its field in the wizard (the step opens and the
   * field takes the focus). A finding no field owns puts the focus in the editor at its line.
   */
  showFinding: (finding: Finding) => void;
  focusField: (field: FieldKey | null) => void;
  /** Loads the full editor (it stays loaded). */
  requestEditor: () => void;
  /** Calls `run` once every edit asked for so far is in the text (at once, unless a first visit's engine is still loading). */
  afterPendingEdits: (run: () => void) => void;
}

export interface ShareActions {
  /** Shows the state a share link holds (undoable); `kept` is the user's own work it replaces, kept to return to. */
  openShared: (shared: SavedState, kept: SavedState | null) => void;
  /** Swaps what is shown with the kept copy: back to the work a share link replaced, or back to the shared gateway. */
  returnToWork: () => void;
}

export type AppActions = DocumentActions & FormActions & ScreenRequestActions & ShareActions & PlacementActions;

/** What the screen is given (src/state/StoreProvider.tsx): the state to read and subscribe to, the actions and the derivations. */
export interface ScreenStore {
  readonly getState: () => ScreenState;
  readonly getInitialState: () => ScreenState;
  readonly subscribe: (listener: (state: ScreenState, previous: ScreenState) => void) => () => void;
  readonly actions: AppActions;
  /** What derives from the document, computed and cached for this store (read through src/state/selectors.ts). */
  readonly derive: Derivations;
}

/** The engine's store: the state with its document, and actions that only set state. */
export interface AppStore extends StoreApi<AppState> {
  readonly actions: AppActions;
  readonly derive: Derivations;
}

/** Where the app starts: a saved state, or just a text (tests), or the default preset. */
export interface InitialState {
  readonly text?: string;
  readonly preset?: PresetId;
  readonly step?: StepId;
  readonly cluster?: ClusterSpec;
  readonly encoding?: TextEncoding;
  readonly origin?: TextOrigin;
  readonly notice?: Notice;
  readonly keptWork?: SavedState;
  readonly keptIsShared?: boolean;
}

/** A problem placed in the editor text. */
export interface EditorMarker {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: TextSpan;
}

/** Everything derived from the document (and the simulated cluster) that the screen shows; each returns a stable value until its inputs change. */
export interface Derivations {
  readonly answers: (state: ScreenState) => Answers;
  readonly fieldPaths: (state: ScreenState) => Readonly<Record<FieldKey, DocPath>>;
  readonly workload: (state: ScreenState) => GatewayWorkload;
  readonly placement: (state: ScreenState) => PlacementResult;
  readonly clusterIssues: (state: ScreenState) => readonly Issue<never>[];
  readonly report: (state: ScreenState) => FindingReport;
  readonly editorMarkers: (state: ScreenState) => readonly EditorMarker[];
  readonly focusedLines: (state: ScreenState) => readonly [number, number] | undefined;
  /** What the Preset control says of the text: a preset, a file as it came, or an edit of one. */
  readonly basis: (state: ScreenState) => BasisStatus;
  /** The lines that differ from what the text departs from (undefined: too many to list); computed when asked. */
  readonly changes: (state: ScreenState) => readonly ChangedLine[] | undefined;
}
