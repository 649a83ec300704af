/**
 * "Nästa steg" at the top of a record: each next step in plain words, who takes it (the caller, or the roles and
 * the people by name when few) and what it still needs, each item linked to the place where it is fixed.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatParams } from '@/lib/api/code-text';
import { fieldKey } from '@/lib/api/problem';
import type { NextStep, Readiness, ReadinessItem } from '@/lib/api/types';

/** Where an item is fixed: another page (a route, maybe with a #field), or a section of this page ("#id"). */
export type ItemLink = { to: string } | { anchor: string } | null;

interface ReadinessPanelProps {
  readiness: Readiness;
  /** The step's name as its button says it. */
  actionLabel: (action: string) => string;
  linkFor: (item: ReadinessItem) => ItemLink;
}

/**
 * The words of an item: by its code and field, else by its code, else the server's sentence. The item's figures
 * (params, e.g. PARTNERSHIP-003's max and count) are filled in as a refusal's are, in the user's number format.
 */
export function useItemText() {
  const { t, i18n } = useTranslation();
  return (item: ReadinessItem) => {
    const field = fieldKey(item.field);
    const values = { ...formatParams(item.params, i18n.language), about: item.about ?? '', defaultValue: item.message };
    if (item.code.startsWith('BUDGET-') && item.code !== 'BUDGET-017') return t(`budgetRule.${item.code}`, values);
    return t([`readiness.item.${item.code}.${field}`, `readiness.item.${item.code}.any`], values);
  };
}

export function ReadinessPanel({ readiness, actionLabel, linkFor }: ReadinessPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="section readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('readiness.title')}</h2>
      {readiness.nextSteps.length === 0 ? (
        <p>{t('readiness.none')}</p>
      ) : (
        readiness.nextSteps.map((step) => <Step key={step.action} step={step} label={actionLabel(step.action)} linkFor={linkFor} />)
      )}
    </section>
  );
}

function Step({ step, label, linkFor }: { step: NextStep; label: string; linkFor: (item: ReadinessItem) => ItemLink }) {
  const { t } = useTranslation();
  const blocking = step.needs.filter((item) => item.blocking);
  const advised = step.needs.filter((item) => !item.blocking);
  const headingId = `readiness-${step.action}`;
  return (
    <div className="readiness__step" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{label}</h3>
      <p>{step.yours ? t('readiness.yours') : t('readiness.whoTakes', { who: who(step, t) })}</p>
      {blocking.length > 0 ? (
        <>
          <p>{t('readiness.blockingIntro')}</p>
          <Items items={blocking} linkFor={linkFor} />
        </>
      ) : (
        <p>{t('readiness.ready')}</p>
      )}
      {advised.length > 0 && (
        <>
          <p>{t('readiness.advisedIntro')}</p>
          <Items items={advised} linkFor={linkFor} />
        </>
      )}
    </div>
  );
}

function Items({ items, linkFor }: { items: ReadinessItem[]; linkFor: (item: ReadinessItem) => ItemLink }) {
  const text = useItemText();
  return (
    <ul className="readiness__items">
      {items.map((item, index) => {
        const link = linkFor(item);
        const words = text(item);
        return (
          <li key={`${item.code}-${item.field}-${index}`}>
            {link === null ? words : 'to' in link ? <Link to={link.to}>{words}</Link> : <a href={link.anchor}>{words}</a>}
          </li>
        );
      })}
    </ul>
  );
}

/** "Samordnare (Cecilia Samordnare, Carl Carlsson)", "Rådgivare (12 personer)" or just the roles. */
function who(step: NextStep, t: (key: string, options?: Record<string, unknown>) => string): string {
  const roles = step.roles.map((role) => t(`roles.${role}`)).join(t('readiness.or'));
  if (step.people.length > 0) return `${roles} (${step.people.map((person) => person.name).join(', ')})`;
  if (step.otherPeople > 0) return `${roles} (${t('readiness.people', { count: step.otherPeople })})`;
  return roles;
}
