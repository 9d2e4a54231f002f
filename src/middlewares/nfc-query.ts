import type { Context, Next } from 'koa';

/** One `key=value` pair with its text in NFC; left as sent when it is not valid percent-encoded UTF-8. */
function nfcPair(pair: string): string {
  let decoded: string;
  try {
    // '+' is a space in a query string; spelled out so that re-encoding keeps it one.
    decoded = decodeURIComponent(pair.replace(/\+/g, '%20'));
  } catch {
    return pair;
  }
  if (decoded === decoded.normalize('NFC')) return pair;
  const separator = pair.indexOf('=');
  const parts = separator === -1 ? [pair] : [pair.slice(0, separator), pair.slice(separator + 1)];
  return parts.map((part) => encodeURIComponent(decodeURIComponent(part.replace(/\+/g, '%20')).normalize('NFC'))).join('=');
}

/**
 * The query string with every key and value in NFC. Decoded per pair: a decomposed "ằ" is a base
 * letter plus combining marks that are percent-encoded separately and compose only together.
 */
export const nfcQueryString = (querystring: string): string => querystring.split('&').map(nfcPair).join('&');

/**
 * Filters match what is stored, and stored text is NFC (src/document-middlewares/nfc-text.ts); an
 * NFD "Cao Bằng" in a query string would otherwise miss it.
 */
export default () => async (ctx: Context, next: Next) => {
  if (ctx.querystring) {
    const composed = nfcQueryString(ctx.querystring);
    if (composed !== ctx.querystring) ctx.querystring = composed;
  }
  return next();
};
