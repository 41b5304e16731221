import { useQueries } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';

/** The client's wanted occupations by their Dutch label (looked up by ESCO URI), comma-separated. */
export function WantedOccupationsText({ uris }: { uris: readonly string[] }) {
  const { t } = useI18n();
  const lookups = useQueries({
    queries: uris.map((uri) => ({
      queryKey: ['occupation', uri],
      queryFn: () => call(api.GET('/api/v1/occupations/by-uri', { params: { query: { uri } } })),
      staleTime: Infinity,
    })),
  });
  if (uris.length === 0) return <span className="wp-muted">{t('app.none')}</span>;
  return <>{uris.map((uri, i) => lookups[i]?.data?.label ?? (lookups[i]?.isPending ? '…' : uri)).join(', ')}</>;
}
