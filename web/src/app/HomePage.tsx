import { PageHeader } from '../ui/PageHeader.tsx';
import { useUser } from './auth.tsx';
import { useI18n } from './i18n.tsx';
import type { MessageKey } from './messages.ts';

/** Landing page for roles without a module in this version (client roles are redirected to /clienten). */
export function HomePage() {
  const { t } = useI18n();
  const user = useUser();
  return (
    <>
      <PageHeader
        title={t('home.welcome', { name: user.name })}
        documentTitle={t('home.title')}
        lead={t('home.intro', { organisation: user.organisation.name })}
      />
      <p className="utrecht-paragraph">{t('home.noModules')}</p>
      <h2 className="utrecht-heading-2">{t('home.roles')}</h2>
      <ul className="utrecht-unordered-list">
        {user.roles.map((role) => (
          <li className="utrecht-unordered-list__item" key={role}>
            {t(`role.${role}` as MessageKey)}
          </li>
        ))}
      </ul>
    </>
  );
}
