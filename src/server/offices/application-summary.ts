/** The opened application as German plain text for office staff (office:decrypt prints it). */
import type { OfficeBlock } from '../../shared/office-document.ts';
import type { SubmissionConsent } from '../../shared/submission.ts';
import type { OpenedApplication } from './open-application.ts';

/** Lines of the summary: header, the office's copy, documents, checks, validation. */
export function applicationSummary(opened: OpenedApplication): string[] {
  const { content } = opened;
  const document = content.document;
  const lines = [
    `${document.title}`,
    '='.repeat(Math.max(document.title.length, 8)),
    `Aktenzeichen:  ${opened.reference}`,
    `Eingegangen:   ${opened.receivedAt}`,
    `Status:        ${opened.status}`,
    `Formular:      ${content.formId} (Version ${content.formVersion})`,
    `Leistung:      ${content.serviceId}`,
    `Behörde:       ${opened.destination.officeId} (Schlüssel ${opened.destination.kid})`,
    `Einwilligung:  ${consentLine(content.consent)}`,
  ];
  for (const section of document.sections) {
    lines.push('');
    if (section.heading !== null) lines.push(section.heading, '-'.repeat(section.heading.length));
    if (section.missing) lines.push('  (fehlt: mindestens ein Eintrag ist nötig)');
    for (const block of section.blocks) lines.push(...blockLines(block, '  '));
  }
  lines.push('', 'Dokumente');
  if (opened.documents.length === 0) lines.push('  keine');
  for (const { attachment, verified } of opened.documents) {
    const mark = verified ? '✓' : '✗';
    lines.push(`  ${mark} ${attachment.name} (${attachment.type}, ${attachment.size} Bytes)`);
  }
  lines.push('', 'Prüfung');
  for (const check of opened.verifications) lines.push(`  ${check.ok ? '✓' : '✗'} ${check.text}`);
  lines.push('', 'Validierung');
  if (opened.validation === null) {
    lines.push('  nicht möglich: diese Formularversion ist auf diesem Server nicht veröffentlicht');
  } else if (opened.validation.valid) {
    lines.push('  ✓ keine Fehler');
  } else {
    for (const error of opened.validation.errors) {
      lines.push(`  ✗ ${error.path}: ${error.message}`);
    }
  }
  return lines;
}

function blockLines(block: OfficeBlock, indent: string): string[] {
  if (block.kind === 'row') {
    const value = block.value === '' ? '(keine Angabe)' : block.value;
    const notes = [block.missing ? 'fehlt' : '', block.askStaff ? 'Hilfe erbeten' : ''].filter(
      Boolean,
    );
    return [`${indent}${block.label}: ${value}${notes.length ? ` [${notes.join(', ')}]` : ''}`];
  }
  return [
    `${indent}${block.heading}${block.missing ? ' (fehlt)' : ''}`,
    ...block.blocks.flatMap((child) => blockLines(child, `${indent}  `)),
  ];
}

/** When, in which language and which text version the citizen consented (office time zone). */
function consentLine(consent: SubmissionConsent | undefined): string {
  if (consent === undefined) return 'keine erfasst (ohne Begleitung durch Mitarbeitende gestellt)';
  const { at, lang, textVersion } = (consent ?? {}) as Partial<SubmissionConsent>;
  if (typeof at !== 'string' || typeof lang !== 'string' || typeof textVersion !== 'string') {
    return 'Angaben unvollständig, bitte beim Antrag nachfragen';
  }
  const time = new Date(at);
  const when = Number.isNaN(time.getTime())
    ? at
    : new Intl.DateTimeFormat('de-DE', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Berlin',
      }).format(time);
  return `erteilt am ${when}, Text ${inLanguage(lang)} (Fassung ${textVersion})`;
}

/** "auf Türkisch"; Leichte Sprache by its own name; an unknown tag as sent. */
function inLanguage(lang: string): string {
  if (lang === 'de-x-ls') return 'in Leichter Sprache';
  try {
    const name = new Intl.DisplayNames(['de'], { type: 'language' }).of(lang);
    return name && name !== lang ? `auf ${name}` : `in der Sprache „${lang}“`;
  } catch {
    return `in der Sprache „${lang}“`; // Not a valid language tag.
  }
}
