/** Customers workspace strings (English). Keys mirror zh-CN.ts, which the type system keeps in step. */
export const customersEn = {
  contacts: { title: 'Contacts' },
  accounts: { title: 'Accounts' },
  tasks: { title: 'Tasks' },
};
