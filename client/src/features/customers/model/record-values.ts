import type {
  AccountDetails,
  AnyDetails,
  ContactDetails,
  CreateAccountBody,
  CreateContactBody,
  EntityKind,
  Relationship,
  Stage,
  Tier,
  UpdateAccountBody,
  UpdateContactBody,
} from './types';

/** The editable text fields of contacts and accounts, by the names the forms use. */
export type FieldKey =
  | 'name'
  | 'alternateName'
  | 'jobTitle'
  | 'industry'
  | 'website'
  | 'email'
  | 'phone'
  | 'mobile'
  | 'accountId'
  | 'line1'
  | 'line2'
  | 'city'
  | 'region'
  | 'postalCode'
  | 'country'
  | 'source'
  | 'notes';

export const addressKeys = ['line1', 'line2', 'city', 'region', 'postalCode', 'country'] as const;

/** Which fields each kind has, in the order forms show them. */
export const kindFields: Record<EntityKind, readonly FieldKey[]> = {
  contacts: ['name', 'alternateName', 'jobTitle', 'accountId', 'email', 'phone', 'mobile', ...addressKeys, 'source', 'notes'],
  accounts: ['name', 'alternateName', 'industry', 'website', 'email', 'phone', ...addressKeys, 'source', 'notes'],
};

/** A record as a form edits it: every field a string ('' for none), so inputs stay controlled. */
export type FormValues = Record<FieldKey, string> & {
  accountName: string;
  tags: string[];
  tier: Tier | '';
  stage: Stage | '';
  relationship: Relationship | '';
  ownerId: string;
  teamId: string;
};

export function emptyValues(): FormValues {
  return {
    name: '',
    alternateName: '',
    jobTitle: '',
    industry: '',
    website: '',
    email: '',
    phone: '',
    mobile: '',
    accountId: '',
    accountName: '',
    line1: '',
    line2: '',
    city: '',
    region: '',
    postalCode: '',
    country: '',
    source: '',
    notes: '',
    tags: [],
    tier: '',
    stage: '',
    relationship: '',
    ownerId: '',
    teamId: '',
  };
}

const s = (v: string | null | undefined) => v ?? '';

export function toValues(record: AnyDetails): FormValues {
  const base = {
    ...emptyValues(),
    alternateName: s(record.alternateName),
    email: s(record.email),
    phone: s(record.phone),
    line1: s(record.address.line1),
    line2: s(record.address.line2),
    city: s(record.address.city),
    region: s(record.address.region),
    postalCode: s(record.address.postalCode),
    country: s(record.address.country),
    source: s(record.source),
    notes: s(record.notes),
    tags: [...record.tags],
    tier: record.tier,
    stage: record.stage,
    relationship: record.relationship,
    ownerId: record.ownerId,
    teamId: s(record.teamId),
  };
  if ('fullName' in record) {
    const c: ContactDetails = record;
    return { ...base, name: c.fullName, jobTitle: s(c.jobTitle), mobile: s(c.mobile), accountId: s(c.accountId), accountName: s(c.accountName) };
  }
  const a: AccountDetails = record;
  return { ...base, name: a.name, industry: s(a.industry), website: s(a.website) };
}

const n = (v: string) => (v.trim() === '' ? null : v.trim());

function address(values: FormValues) {
  return {
    line1: n(values.line1),
    line2: n(values.line2),
    city: n(values.city),
    region: n(values.region),
    postalCode: n(values.postalCode),
    country: n(values.country),
  };
}

function common(values: FormValues) {
  return {
    alternateName: n(values.alternateName),
    email: n(values.email),
    phone: n(values.phone),
    address: address(values),
    source: n(values.source),
    notes: n(values.notes),
    tags: values.tags,
  };
}

function contactFields(values: FormValues) {
  return { fullName: values.name.trim(), ...common(values), jobTitle: n(values.jobTitle), mobile: n(values.mobile), accountId: n(values.accountId) };
}

function accountFields(values: FormValues) {
  return { name: values.name.trim(), ...common(values), industry: n(values.industry), website: n(values.website) };
}

function classification(values: FormValues) {
  return {
    ...(values.tier ? { tier: values.tier } : {}),
    ...(values.stage ? { stage: values.stage } : {}),
    ...(values.relationship ? { relationship: values.relationship } : {}),
    ownerId: n(values.ownerId),
    teamId: n(values.teamId),
  };
}

export function createBody(kind: EntityKind, values: FormValues, allowDuplicate: boolean): CreateContactBody | CreateAccountBody {
  const fields = kind === 'contacts' ? contactFields(values) : accountFields(values);
  return { ...fields, ...classification(values), allowDuplicate };
}

export function updateBody(kind: EntityKind, values: FormValues, version: number, allowDuplicate = false): UpdateContactBody | UpdateAccountBody {
  const fields = kind === 'contacts' ? contactFields(values) : accountFields(values);
  return { ...fields, version, allowDuplicate };
}

/** The path the API names a form field by in its validation errors (`fullName`, `address.city`, `tags[0]`). */
export function apiField(kind: EntityKind, field: FieldKey | 'tags' | 'tier' | 'stage' | 'relationship' | 'ownerId' | 'teamId'): string {
  if (field === 'name') return kind === 'contacts' ? 'fullName' : 'name';
  if ((addressKeys as readonly string[]).includes(field)) return `address.${field}`;
  return field;
}

/** The first server message for a form field, matching the API's path (and `tags[2]` style items for lists). */
export function serverError(errors: Record<string, string[]>, path: string): string | undefined {
  const lower = path.toLowerCase();
  const key = Object.keys(errors).find((k) => {
    const kl = k.toLowerCase();
    return kl === lower || kl.startsWith(`${lower}[`);
  });
  return key ? errors[key]?.[0] : undefined;
}

/** The editable fields whose value differs between two versions of a form. */
export function changedFields(before: FormValues, after: FormValues, fields: readonly (keyof FormValues)[]): (keyof FormValues)[] {
  return fields.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

/** Your changes laid on top of the record as it is now: what "apply my changes again" sends. */
export function reapply(current: FormValues, mine: FormValues, changed: readonly (keyof FormValues)[]): FormValues {
  const next = { ...current };
  for (const f of changed) (next as Record<string, unknown>)[f] = mine[f];
  if (changed.includes('accountId')) next.accountName = mine.accountName;
  return next;
}

/** Flat display values of a form, for side-by-side comparisons (the conflict dialog). */
export function displayValues(values: FormValues): Record<string, unknown> {
  return { ...values, accountId: values.accountName || values.accountId };
}
