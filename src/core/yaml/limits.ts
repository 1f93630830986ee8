// How much text the configurator reads and imports.
/**
 * Texts beyond this are kept as typed but not parsed. The YAML library reads about half a kilobyte
 * to a kilobyte per millisecond, slower for many short keys (measured in Node: 55 kB of 5,000 keys
 * in about 100 ms warm), and the browser does it again more slowly on first sight, then the page
 * checks, lints, places and renders. An IstioGateway is a few kilobytes (a hundred ports are about
 * 12 kB); at 32 kB the whole answer to an import stays within 200 ms in the browser; at 64 kB a
 * 5,000-key map took 600 ms.
 */
export const MAX_PARSED_TEXT = 32 * 1024;

/**
 * Files beyond this are not imported at all (the work in the editor stays): a megabyte is already
 * thirty times what the configurator reads, so such a file is the wrong file, and putting it in the
 * editor costs the page a tenth of a second per few megabytes. Pasted text is the user's own
 * typing and is kept whatever its size.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/** The changed lines the Preset control lists at most: a text that differs in more is another document, not an edit. */
export const MAX_LISTED_CHANGES = 400;
