import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { adminEn } from '@/features/admin/i18n/en';
import { adminZh } from '@/features/admin/i18n/zh-CN';
import { customersEn } from '@/features/customers/i18n/en';
import { customersZh } from '@/features/customers/i18n/zh-CN';
import { salesEn } from '@/features/sales/i18n/en';
import { salesZh } from '@/features/sales/i18n/zh-CN';
import { commonEn, commonZh } from '@/lib/common-i18n';

export const languages = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
] as const;

export const resources = {
  en: { common: commonEn, customers: customersEn, sales: salesEn, admin: adminEn },
  'zh-CN': { common: commonZh, customers: customersZh, sales: salesZh, admin: adminZh },
} as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}

const storageKey = 'crm.language';

function initialLanguage(): string {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  if (saved && saved in resources) return saved;
  const browser = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return browser.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: initialLanguage(),
  fallbackLng: 'en',
  defaultNS: 'common',
  ns: ['common', 'customers', 'sales', 'admin'],
  interpolation: { escapeValue: false },
  returnNull: false,
  showSupportNotice: false,
});

const syncHtmlLang = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
};
syncHtmlLang(i18n.language);
i18n.on('languageChanged', (lng) => {
  syncHtmlLang(lng);
  localStorage.setItem(storageKey, lng);
});

export default i18n;
