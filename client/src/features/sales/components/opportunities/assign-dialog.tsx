import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ErrorBanner } from '@/components/ui/feedback';
import { SelectField } from '@/components/ui/field';
import { useAssignOpportunity } from '../../api/assign-opportunity';
import { useDirectory } from '../../api/get-directory';
import type { OpportunityDetails } from '../../model/types';

/** Gives a deal to another owner (and one of their teams): managers only. */
export function AssignDialog({ opportunity, onClose }: { opportunity: OpportunityDetails; onClose: () => void }) {
  const { t } = useTranslation('sales');
  const { t: tc } = useTranslation();
  const { users, teams } = useDirectory();
  const assign = useAssignOpportunity(opportunity.id);
  const [ownerId, setOwnerId] = useState(opportunity.ownerId);
  const [teamId, setTeamId] = useState(opportunity.teamId ?? '');
  const owner = users.find((u) => u.id === ownerId);
  const ownerTeams = teams.filter((team) => owner?.teamIds.includes(team.id));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    assign.mutate({ ownerId, teamId: teamId || null, version: opportunity.version }, { onSuccess: onClose });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title={t('opportunities.assignTitle', { name: opportunity.name })}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="assign-form" disabled={assign.isPending}>
            {t('opportunities.assign')}
          </Button>
        </>
      }
    >
      <form id="assign-form" className="stack" onSubmit={submit}>
        {assign.error !== null && <ErrorBanner error={assign.error} />}
        <SelectField
          label={t('common.owner')}
          value={ownerId}
          onChange={(e) => {
            setOwnerId(e.target.value);
            setTeamId(users.find((u) => u.id === e.target.value)?.teamIds[0] ?? '');
          }}
          options={users.map((u) => ({ value: u.id, label: u.displayName }))}
        />
        <SelectField
          label={t('common.team')}
          value={teamId}
          onChange={(e) => setTeamId(e.target.value)}
          options={[{ value: '', label: '—' }, ...ownerTeams.map((team) => ({ value: team.id, label: team.name }))]}
        />
      </form>
    </Dialog>
  );
}
