import { Button } from '@utrecht/component-library-react';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call, type Occupation } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { OccupationCombobox } from '../vacancies/OccupationCombobox.tsx';
import '../vacancies/one-stop-shop.css';

interface WantedOccupationsFieldProps {
  /** API field path ("wantedOccupationUris"); the search box carries its id, so error links land there. */
  name: string;
  legend: string;
  value: readonly string[];
  onChange: (uris: string[]) => void;
  error?: string | undefined;
  max?: number;
}

/**
 * The occupations a client wants to work in (ESCO), for matching: a list with remove buttons and an
 * occupation search box (the same combobox as on the vacancy form) to add one.
 */
export function WantedOccupationsField({ name, legend, value, onChange, error, max = 10 }: WantedOccupationsFieldProps) {
  const { t } = useI18n();
  // Labels of occupations chosen in this session; the others are looked up by URI.
  const [chosen, setChosen] = useState<Record<string, Occupation>>({});
  const lookups = useQueries({
    queries: value
      .filter((uri) => !chosen[uri])
      .map((uri) => ({
        queryKey: ['occupation', uri],
        queryFn: () => call(api.GET('/api/v1/occupations/by-uri', { params: { query: { uri } } })),
        staleTime: Infinity,
      })),
  });
  const labelOf = (uri: string): string => {
    if (chosen[uri]) return `${chosen[uri].label} (${t('occupation.isco', { code: chosen[uri].iscoCode })})`;
    const found = lookups.find((q) => q.data?.uri === uri)?.data;
    return found ? `${found.label} (${t('occupation.isco', { code: found.iscoCode })})` : uri;
  };

  return (
    <div className="utrecht-form-fieldset wp-field">
      <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {legend}
          <span className="wp-optional"> {t('app.optional')}</span>
        </legend>
        {value.length === 0 ? (
          <p className="utrecht-paragraph wp-muted">{t('client.wantedNone')}</p>
        ) : (
          <ul className="wp-chosen-list">
            {value.map((uri) => (
              <li key={uri}>
                <span>{labelOf(uri)}</span>{' '}
                <Button appearance="subtle-button" className="wp-inline-button" onClick={() => onChange(value.filter((u) => u !== uri))}>
                  {t('client.wantedRemove')}
                  <span className="wp-visually-hidden"> {labelOf(uri)}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        {value.length < max ? (
          <OccupationCombobox
            name={name}
            label={t('client.wantedAdd')}
            description={t('client.wantedHint', { max })}
            error={error}
            value={null}
            clearOnChoose
            onChange={(o) => {
              if (!o || value.includes(o.uri)) return;
              setChosen((c) => ({ ...c, [o.uri]: o }));
              onChange([...value, o.uri]);
            }}
          />
        ) : (
          <p className="utrecht-paragraph wp-muted">{t('client.wantedMax', { max })}</p>
        )}
      </fieldset>
    </div>
  );
}
