import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Staff work in Vietnamese; English stays available for foreign partners.
    locales: ['vi'],
  },
  bootstrap(_app: StrapiApp) {},
};
