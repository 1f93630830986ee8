/** Share links live in the URL fragment: `#share=<format version>.<payload>`. */
export const SHARE_PREFIX = 'share=';

/** Whether a URL fragment (with or without `#`) is meant as a share link, before anything is decoded. */
export function isShareFragment(hash: string): boolean {
  return (hash.startsWith('#') ? hash.slice(1) : hash).startsWith(SHARE_PREFIX);
}
