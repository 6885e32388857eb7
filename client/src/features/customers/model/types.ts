import type { components, operations } from '@/api/generated/schema';

type Schemas = components['schemas'];

export type ContactSummary = Schemas['ContactSummary'];
export type AccountSummary = Schemas['AccountSummary'];
export type ContactDetails = Schemas['ContactDetails'];
export type AccountDetails = Schemas['AccountDetails'];
export type CreateContactBody = Schemas['CreateContact'];
export type CreateAccountBody = Schemas['CreateAccount'];
export type UpdateContactBody = Schemas['UpdateContact'];
export type UpdateAccountBody = Schemas['UpdateAccount'];
export type ClassifyBody = Schemas['ClassifyContact'];
export type MergeBody = Schemas['MergeContacts'];
export type MergeChoice = Schemas['MergeChoice'];
export type Address = Schemas['Address'];
export type TimelineItem = Schemas['CustomerTimelineItem'];
export type AuditRecord = Schemas['AuditRecord'];
export type ClassificationEntry = Schemas['ClassificationHistoryEntry'];
export type TaskSummary = Schemas['CustomerTaskSummary'];
export type CreateTaskBody = Schemas['CreateTask'];
export type LogInteractionBody = Schemas['LogInteraction'];
export type ImportReport = Schemas['CustomerImportReport'];
export type ImportRowError = Schemas['CustomerImportRowError'];
export type Directory = Schemas['StaffDirectory'];
export type DirectoryUser = Schemas['DirectoryUser'];

export type Tier = Schemas['CustomerTier'];
export type Stage = Schemas['LifecycleStage'];
export type Relationship = Schemas['RelationshipStatus'];
export type Channel = Schemas['InteractionChannel'];
export type Direction = Schemas['InteractionDirection'];
export type TaskStatus = Schemas['CustomerTaskStatus'];
export type TaskPriority = Schemas['TaskPriority'];

/** The list filters both SearchContacts and ExportContacts take (the account list takes the same but accountId). */
export type ListQuery = Omit<NonNullable<operations['SearchContacts']['parameters']['query']>, 'cursor' | 'limit'>;
export type TaskQuery = Omit<NonNullable<operations['ListTasks']['parameters']['query']>, 'cursor' | 'limit'>;

export const tiers: readonly Tier[] = ['A', 'B', 'C'];
export const stages: readonly Stage[] = ['Potential', 'New', 'Regular', 'LongStanding', 'Loyal', 'Lapsed'];
export const relationships: readonly Relationship[] = ['Preparing', 'Forming', 'Developing', 'Stable', 'Broken'];
export const channels: readonly Channel[] = ['Phone', 'Email', 'Web', 'Fax', 'Visit', 'Sms', 'Chat', 'Portal'];
export const directions: readonly Direction[] = ['Inbound', 'Outbound'];
export const priorities: readonly TaskPriority[] = ['Low', 'Normal', 'High'];

/** Contacts and accounts share most screens; the kind is also the path segment of their API and routes. */
export type EntityKind = 'contacts' | 'accounts';
export type AnySummary = ContactSummary | AccountSummary;
export type AnyDetails = ContactDetails | AccountDetails;

export interface Page<T> {
  items: T[];
  nextCursor?: string | null;
}

export const recordName = (r: AnySummary | AnyDetails): string => ('fullName' in r ? r.fullName : r.name);
export const recordPath = (kind: EntityKind, id: string) => `/customers/${kind}/${id}`;
