import type { Core, UID } from '@strapi/strapi';
import { SOURCE_LOCALE_CODE } from '../../locales/registry';
import * as demo from './data';

const SEED_MARKER = { type: 'core', name: 'cchc', key: 'demo-content-seeded' };

type Created = { documentId: string };

const createIn = (strapi: Core.Strapi) => async (uid: UID.ContentType, data: Record<string, unknown>) =>
  (await strapi.documents(uid).create({
    // Demo data is typed per content type only loosely; the document service validates it.
    data: data as never,
    locale: SOURCE_LOCALE_CODE,
    status: 'published',
  })) as Created;

async function seed(strapi: Core.Strapi) {
  const create = createIn(strapi);

  const government = await create('api::agency.agency', demo.agencies.government);
  await create('api::agency.agency', demo.agencies.primeMinister);
  const province = await create('api::agency.agency', demo.agencies.caoBangPeoplesCommittee);
  const homeAffairs = await create('api::agency.agency', {
    ...demo.agencies.caoBangHomeAffairs,
    parent: province.documentId,
  });

  const categoryIds: Record<string, string> = {};
  for (const { key, ...category } of demo.categories) {
    categoryIds[key] = (await create('api::category.category', category)).documentId;
  }
  const areaIds: Record<string, string> = {};
  for (const area of demo.reformAreas) {
    areaIds[area.code] = (await create('api::reform-area.reform-area', area)).documentId;
  }

  const masterProgramme = await create('api::official-directive.official-directive', {
    ...demo.directives.masterProgramme,
    issuingAgency: government.documentId,
    reformAreas: Object.values(areaIds),
  });
  const outreachLetter = await create('api::official-directive.official-directive', {
    ...demo.directives.caoBangOutreachLetter,
    issuingAgency: province.documentId,
    implements: [masterProgramme.documentId],
    reformAreas: [areaIds.administrative_procedures, areaIds.digital_government],
  });

  const campaign = await create('api::campaign.campaign', {
    ...demo.campaign,
    responsibleAgency: homeAffairs.documentId,
    partnerAgencies: [province.documentId],
    basisDirectives: [outreachLetter.documentId],
    reformAreas: [areaIds.administrative_procedures],
  });
  await create('api::campaign-activity.campaign-activity', { ...demo.activity, campaign: campaign.documentId });

  const article = await create('api::news-article.news-article', {
    ...demo.article,
    category: categoryIds.reformNews,
    agency: province.documentId,
    reformAreas: [areaIds.administrative_procedures],
    relatedDirectives: [outreachLetter.documentId, masterProgramme.documentId],
    campaign: campaign.documentId,
  });

  await create('api::contest.contest', { ...demo.contest, organizer: homeAffairs.documentId });
  await create('api::comment.comment', {
    ...demo.comment,
    targetType: 'news-article',
    targetDocumentId: article.documentId,
  });
}

/** Fills an empty database once with Vietnamese demo content; SEED_DEMO_CONTENT=false turns it off. */
export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  if (!strapi.config.get('cchc.seedDemoContent', true)) return;
  if (await strapi.store.get(SEED_MARKER)) return;
  if ((await strapi.documents('api::agency.agency').count({})) > 0) return;

  await seed(strapi);
  await strapi.store.set({ ...SEED_MARKER, value: { seededAt: new Date().toISOString() } });
  strapi.log.info('Demo content seeded (SEED_DEMO_CONTENT=false turns this off).');
}
