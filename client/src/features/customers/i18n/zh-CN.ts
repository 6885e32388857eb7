import type { Translation } from '@/lib/i18n-types';
import type { customersEn } from './en';

export const customersZh: Translation<typeof customersEn> = {
  contacts: { title: '联系人' },
  accounts: { title: '客户公司' },
  tasks: { title: '任务' },
};
