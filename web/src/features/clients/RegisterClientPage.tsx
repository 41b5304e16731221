import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ClientForm } from './ClientForm.tsx';
import { emptyClientForm, formToInput } from './clientForm.ts';
import { clientKeys } from './queries.ts';

export function RegisterClientPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();

  return (
    <>
      <PageHeader title={t('register.title')} lead={t('register.intro')} />
      <ClientForm
        initial={emptyClientForm()}
        // The registering klantmanager may record health limitations.
        includeHealth
        submitLabel={t('app.save')}
        onSubmit={async (values) => {
          const client = await call(api.POST('/api/v1/clients', { body: formToInput(values, { includeHealth: true }) }));
          queryClient.setQueryData(clientKeys.detail(client.id), client);
          await queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
          flash(t('register.created'), { afterNavigation: true });
          await navigate({ to: '/clienten/$id', params: { id: client.id } });
        }}
        secondaryAction={
          <Link to="/clienten" className="utrecht-link">
            {t('app.cancel')}
          </Link>
        }
      />
    </>
  );
}
