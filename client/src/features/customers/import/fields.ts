import type { EntityKind } from '../model/types';

/**
 * The fields an import fills, with the column headings that map to each by default — the same table as the server's
 * (Features/Import/ImportContacts.cs and ImportAccounts.cs), so the mapping the user sees is the one that will apply.
 */
const contactFields: [string, string[]][] = [
  ['fullName', ['name', 'full name', 'contact', 'contact name', '姓名', '名字']],
  ['alternateName', ['alternate name', 'alt name', 'pinyin', '拼音', '别名']],
  ['jobTitle', ['job title', 'title', 'position', '职位', '职务']],
  ['email', ['e-mail', 'mail', 'email address', '邮箱', '电子邮件', '电子邮箱']],
  ['phone', ['telephone', 'tel', 'phone number', 'work phone', '电话', '座机']],
  ['mobile', ['cell', 'cellphone', 'mobile phone', '手机']],
  ['accountId', ['account id']],
  ['account', ['account name', 'company', 'company name', 'organisation', 'organization', '公司', '单位']],
  ['line1', ['address', 'address line 1', 'address1', 'street', '地址']],
  ['line2', ['address line 2', 'address2']],
  ['city', ['town', '城市']],
  ['region', ['state', 'province', 'county', '省份', '省']],
  ['postalCode', ['postcode', 'zip', 'zip code', '邮编']],
  ['country', ['country code', '国家']],
  ['source', ['lead source', '来源']],
  ['notes', ['note', 'comments', 'comment', '备注']],
  ['tags', ['tag', 'labels', '标签']],
  ['tier', ['customer tier', '等级']],
  ['stage', ['lifecycle stage', 'lifecycle']],
  ['relationship', ['relationship status']],
  ['ownerId', ['owner id']],
  ['teamId', ['team id']],
];

const accountFields: [string, string[]][] = [
  ['name', ['account', 'account name', 'company', 'company name', 'organisation', 'organization', '公司', '公司名称', '名称']],
  ['alternateName', ['alternate name', 'alt name', 'english name', 'chinese name', '别名']],
  ['industry', ['sector', '行业']],
  ['website', ['web', 'url', 'homepage', 'web site', '网站', '网址']],
  ['email', ['e-mail', 'mail', 'email address', '邮箱', '电子邮件']],
  ['phone', ['telephone', 'tel', 'phone number', '电话']],
  ['line1', ['address', 'address line 1', 'address1', 'street', '地址']],
  ['line2', ['address line 2', 'address2']],
  ['city', ['town', '城市']],
  ['region', ['state', 'province', 'county', '省份', '省']],
  ['postalCode', ['postcode', 'zip', 'zip code', '邮编']],
  ['country', ['country code', '国家']],
  ['source', ['lead source', '来源']],
  ['notes', ['note', 'comments', 'comment', '备注']],
  ['tags', ['tag', 'labels', '标签']],
  ['tier', ['customer tier', '等级']],
  ['stage', ['lifecycle stage', 'lifecycle']],
  ['relationship', ['relationship status']],
  ['ownerId', ['owner id']],
  ['teamId', ['team id']],
];

const table: Record<EntityKind, [string, string[]][]> = { contacts: contactFields, accounts: accountFields };

export const importFields = (kind: EntityKind): string[] => table[kind].map(([field]) => field);
export const requiredField = (kind: EntityKind) => (kind === 'contacts' ? 'fullName' : 'name');

/** "E-mail", "e_mail" and "Email " all become "email"; Chinese headings stay as they are (as the server compares them). */
export const headingKey = (text: string) => Array.from(text.matchAll(/[\p{L}\p{N}]/gu), (m) => m[0].toLowerCase()).join('');

export function matchField(kind: EntityKind, heading: string): string | undefined {
  const key = headingKey(heading);
  if (!key) return undefined;
  for (const [field, aliases] of table[kind]) if ([field, ...aliases].some((alias) => headingKey(alias) === key)) return field;
  return undefined;
}

/** The mapping the wizard starts from: each column to the field its heading names, the first such column winning. */
export function prefillMapping(kind: EntityKind, headings: readonly string[]): Record<string, string | null> {
  const mapping: Record<string, string | null> = {};
  const taken = new Set<string>();
  for (const heading of headings) {
    const field = matchField(kind, heading);
    mapping[heading] = field && !taken.has(field) ? field : null;
    if (field) taken.add(field);
  }
  return mapping;
}

export type MappingProblem = { code: 'required'; field: string } | { code: 'twice'; field: string; columns: string[] };

/** What the server would refuse in a mapping: the required field unmapped, or a field mapped from two columns. */
export function mappingProblems(kind: EntityKind, mapping: Record<string, string | null>): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const byField = new Map<string, string[]>();
  for (const [column, field] of Object.entries(mapping)) if (field) byField.set(field, [...(byField.get(field) ?? []), column]);
  if (!byField.has(requiredField(kind))) problems.push({ code: 'required', field: requiredField(kind) });
  for (const [field, columns] of byField) if (columns.length > 1) problems.push({ code: 'twice', field, columns });
  return problems;
}
