import type { Core, Schema } from '@strapi/strapi';
import { fieldError } from './field-error';
import type { DocumentData } from './types';

type FileRow = { id: number; name: string; mime: string };

/** Strapi's media kinds: images, videos, audios, and "files" for everything else. */
const kindOf = (mime: string) =>
  mime.startsWith('image/') ? 'images' : mime.startsWith('video/') ? 'videos' : mime.startsWith('audio/') ? 'audios' : 'files';

const fileIdsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value])
    .map((item) => (item && typeof item === 'object' ? (item as { id?: unknown }).id : item))
    .filter((id) => id !== null && id !== undefined && id !== '')
    .map(Number);

/**
 * The admin's media library honours `allowedTypes`; the Content API does not, so an audio
 * "cover" or an executable "file" could be attached over REST. Checked here for every write.
 */
export async function assertMediaKinds(strapi: Core.Strapi, contentType: Schema.ContentType, data: DocumentData) {
  for (const [field, attribute] of Object.entries(contentType.attributes)) {
    if (attribute.type !== 'media' || !(field in data)) continue;
    const ids = fileIdsOf(data[field]);
    if (ids.length === 0) continue;
    if (ids.some((id) => !Number.isInteger(id))) throw fieldError(field, 'must be uploaded file ids');

    const files = (await strapi.db
      .query('plugin::upload.file')
      .findMany({ where: { id: { $in: ids } }, select: ['id', 'name', 'mime'] })) as FileRow[];
    const missing = ids.filter((id) => !files.some((file) => file.id === id));
    if (missing.length > 0) throw fieldError(field, `no uploaded file with id ${missing.join(', ')}`);

    const allowed = attribute.allowedTypes ?? ['images', 'files', 'videos', 'audios'];
    const wrong = files.find((file) => !allowed.includes(kindOf(file.mime)));
    if (wrong) throw fieldError(field, `accepts only ${allowed.join(', ')}; "${wrong.name}" is ${wrong.mime}`);
  }
}
