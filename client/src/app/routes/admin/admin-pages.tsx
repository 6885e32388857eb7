import { RolesAdmin, TeamsAdmin } from '@/features/admin/components/teams-admin';
import { UsersAdmin } from '@/features/admin/components/users-admin';
import { RequirePermission } from '../require-permission';

export const AdminUsersPage = () => (
  <RequirePermission permission="platform.read">
    <UsersAdmin />
  </RequirePermission>
);

export const AdminTeamsPage = () => (
  <RequirePermission permission="platform.read">
    <TeamsAdmin />
  </RequirePermission>
);

export const AdminRolesPage = () => (
  <RequirePermission permission="platform.read">
    <RolesAdmin />
  </RequirePermission>
);
