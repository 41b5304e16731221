import { PdfDocument } from '../../platform/documents/pdf.ts';
import type { Polis, PolisVersion } from './polis.api.ts';
import { formatDateNl, formatDateTimeNl, PARTY_LABELS, POLIS_PARTIES, RESPONSIBLE_LABELS, RUNG_LABELS } from './polis.rules.ts';

const STATUS_LABELS: Record<PolisVersion['status'], string> = {
  draft: 'concept',
  signed: 'ondertekend door beide partijen',
  superseded: 'vervangen door een nieuwere versie',
};

/**
 * The polis of one version as a PDF: parties, goal rung, both lists of obligations, the steps, and the
 * signatures with the content hash they cover. A version that is not signed by both parties says so at the
 * top and carries a CONCEPT watermark.
 */
export function renderPolisPdf(polis: Polis, version: PolisVersion, generatedAt: Date = new Date()): Buffer {
  const signed = version.signedAt !== null;
  const doc = new PdfDocument({
    title: `Polis ${polis.clientDisplayName}, versie ${version.versionNumber}`,
    author: polis.organisationName,
    subject: 'Polis: afspraken tussen gemeente en cliënt over de route naar werk',
    createdAt: generatedAt,
    watermark: signed ? undefined : 'CONCEPT',
    footer: (page, count) =>
      `Polis ${polis.clientDisplayName}, versie ${version.versionNumber}${signed ? '' : ' (concept)'} \u2014 gemaakt ${formatDateTimeNl(generatedAt)} \u2014 pagina ${page} van ${count}`,
  });

  doc.heading('Polis: afspraken over de route naar werk', 1);
  if (!signed) doc.text('CONCEPT \u2014 niet ondertekend', { font: 'bold', size: 13, color: [0.75, 0.1, 0.1], spaceAfter: 4 });
  else if (version.status === 'superseded')
    doc.text('Deze versie is vervangen door een nieuwere versie.', { font: 'bold', color: [0.75, 0.1, 0.1], spaceAfter: 4 });

  doc.table(
    [
      { header: '', width: 1, font: 'bold' },
      { header: '', width: 3 },
    ],
    [
      ['Gemeente', polis.organisationName],
      ['Cliënt', polis.clientDisplayName],
      ['Versie', `${version.versionNumber} (${STATUS_LABELS[version.status]})`],
      ['Opgesteld', `${formatDateTimeNl(new Date(version.createdAt))} door ${version.createdByName}`],
      ...(version.changeNote ? [['Wijziging', version.changeNote]] : []),
    ],
    { header: false, rules: false, size: 10, padding: 2 },
  );

  doc.heading('Doel op de participatieladder');
  doc.text(`Trede ${version.goalRung}: ${RUNG_LABELS[version.goalRung] ?? ''}`);

  doc.heading('Verplichtingen van de gemeente');
  doc.list(version.municipalityObligations, { numbered: true });

  doc.heading('Verplichtingen van de cliënt');
  doc.list(version.clientObligations, { numbered: true });

  doc.heading('Afgesproken stappen');
  doc.table(
    [
      { header: '#', width: 0.45 },
      { header: 'Omschrijving', width: 4.6 },
      { header: 'Verantwoordelijk', width: 1.7 },
      { header: 'Start', width: 1.15 },
      { header: 'Uiterlijk', width: 1.15 },
    ],
    version.steps.map((s) => [
      String(s.position),
      s.trajectoryLabel ? `${s.description}\nTraject: ${s.trajectoryLabel}` : s.description,
      RESPONSIBLE_LABELS[s.responsible],
      formatDateNl(s.startDate),
      formatDateNl(s.dueDate),
    ]),
  );

  doc.heading('Ondertekening');
  for (const party of POLIS_PARTIES) {
    const signature = version.signatures.find((s) => s.party === party);
    doc.text(PARTY_LABELS[party], { font: 'bold', spaceBefore: 2 });
    if (!signature) {
      doc.text('Nog niet ondertekend.', { indent: 12, spaceAfter: 4 });
      continue;
    }
    doc.text(`${signature.signerName}, ondertekend op ${formatDateTimeNl(new Date(signature.signedAt))} (Nederlandse tijd)`, {
      indent: 12,
    });
    doc.text(`Inhoudshash (SHA-256): ${signature.contentHash}`, { indent: 12, size: 9, spaceAfter: 4 });
  }
  doc.text(
    version.contentHash
      ? `De handtekeningen gelden voor de inhoud met SHA-256-hash ${version.contentHash}: de verplichtingen, het doel en de stappen van deze versie.`
      : 'Deze versie is nog door niemand ondertekend; de inhoud kan nog veranderen.',
    { size: 9, color: [0.3, 0.3, 0.3], spaceBefore: 6 },
  );
  return doc.toBuffer();
}
