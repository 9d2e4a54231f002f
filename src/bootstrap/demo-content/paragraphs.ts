/** Minimal Strapi "blocks" value: one paragraph per string. */
export type BlocksValue = { type: 'paragraph'; children: { type: 'text'; text: string }[] }[];

export const paragraphs = (...texts: string[]): BlocksValue =>
  texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
