/**
 * Unicode NFC of every string inside a value (object keys included). Vietnamese typed on some
 * keyboards and macOS arrives decomposed (NFD: "a" + U+0306 + U+0300); stored or matched as-is it
 * never equals the composed text everybody else sends.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key.normalize('NFC'), toNfc(item)])) as T;
  }
  return value;
}
