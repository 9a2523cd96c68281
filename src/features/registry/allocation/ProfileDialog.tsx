/** Who uses this device (name and role): recorded with every allocation change. */
import { useState, type FormEvent } from 'react';
import { PROFILE_ROLES, type ProfileRole } from '../../../db/audit';
import { database } from '../../../db/database';
import { putSettings, SettingsWriteError } from '../../../db/settings';
import { useSetting } from '../../../db/use-setting';
import { useTranslation } from '../../../i18n/use-translation';
import { ModalDialog, FormActions } from '../../../app/ModalDialog';
import { writeFailureText } from '../../../state/commit';

export function ProfileDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const profile = useSetting('profile');
  const [name, setName] = useState(profile.name ?? '');
  const [role, setRole] = useState<ProfileRole>(profile.role);
  const [error, setError] = useState<string | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await putSettings(database(), { profile: { name: name.trim() || null, role } });
      onClose();
    } catch (caught) {
      setError(caught instanceof SettingsWriteError ? writeFailureText(caught.failure, t) : String(caught));
    }
  };
  return (
    <ModalDialog titleId="profile-title" onClose={onClose}>
      <form onSubmit={(e) => void save(e)} data-testid="profile-form">
        <h2 id="profile-title">{t('allocation.profile.title')}</h2>
        <p className="muted">{t('allocation.profile.explain')}</p>
        <label>{t('allocation.profile.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} placeholder={t('allocation.profile.defaultName')} data-testid="profile-name" />
        </label>
        <label>{t('allocation.profile.roleLabel')}
          <select value={role} onChange={(e) => setRole(e.target.value as ProfileRole)} data-testid="profile-role">
            {PROFILE_ROLES.map((r) => <option key={r} value={r}>{t(`allocation.profile.role.${r}`)}</option>)}
          </select>
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <FormActions onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
