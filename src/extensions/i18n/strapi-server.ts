import { extendI18n } from '../../locales/extend-i18n';

export default extendI18n;
