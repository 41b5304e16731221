import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useRouteContext } from '@tanstack/react-router';
import { api, call } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ForbiddenPage } from '../../app/pages.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ClientForm } from './ClientForm.tsx';
import { clientToForm, diffToPatch, formToInput } from './clientForm.ts';
import { clientKeys, clientQuery } from './queries.ts';

export function EditClientPage() {
  const { t } = useI18n();
  const { id } = useParams({ from: '/auth/clienten/$id/bewerken' });
  const { user } = useRouteContext({ from: '/auth/clienten/$id/bewerken' });
  const { data: client } = useSuspenseQuery(clientQuery(id));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { flash } = useFlash();

  if (!mayCall(user, 'updateClient') || client.shared) return <ForbiddenPage />;

  // Health data is edited only when the server sent it (the field is absent for other roles).
  const includeHealth = 'healthLimitations' in client;
  const original = formToInput(clientToForm(client), { includeHealth });

  return (
    <>
      <PageHeader
        title={t('edit.title')}
        preHeading={client.displayName}
        lead={t('edit.intro', { name: client.displayName })}
        documentTitle={t('edit.title')}
      />
      <ClientForm
        key={client.version}
        initial={clientToForm(client)}
        includeHealth={includeHealth}
        submitLabel={t('app.save')}
        onSubmit={async (values) => {
          const patch = diffToPatch(original, formToInput(values, { includeHealth }), client.version);
          if (patch) {
            const updated = await call(api.PATCH('/api/v1/clients/{id}', { params: { path: { id: client.id } }, body: patch }));
            queryClient.setQueryData(clientKeys.detail(client.id), updated);
            await queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
            flash(t('edit.saved'), { afterNavigation: true });
          } else {
            flash(t('edit.noChanges'), { afterNavigation: true });
          }
          await navigate({ to: '/clienten/$id', params: { id: client.id } });
        }}
        secondaryAction={
          <Link to="/clienten/$id" params={{ id: client.id }} className="utrecht-link">
            {t('app.cancel')}
          </Link>
        }
      />
    </>
  );
}
