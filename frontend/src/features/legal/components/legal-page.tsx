/** A page the law asks for, in the UI's language: title, introduction, sections with their links. */
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/lib/page-title';
import type { InBothLanguages } from '../content/legal-text';

export function LegalPage({ text }: { text: InBothLanguages }) {
  const { i18n } = useTranslation();
  const page = text[i18n.resolvedLanguage === 'en' ? 'en' : 'sv'];
  usePageTitle(page.title);
  return (
    <article className="legal-page">
      <h1>{page.title}</h1>
      {page.intro.map((paragraph) => (
        <p key={paragraph} className="lead">
          {paragraph}
        </p>
      ))}
      {page.sections.map((section) => (
        <section key={section.heading} aria-labelledby={`legal-${slug(section.heading)}`}>
          <h2 id={`legal-${slug(section.heading)}`}>{section.heading}</h2>
          {section.items && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          {section.paragraphs?.map((paragraph) => <p key={paragraph}>{paragraph}</p>)}
          {section.links && (
            <ul className="legal-page__links">
              {section.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p className="legal-page__updated">{page.updated}</p>
    </article>
  );
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');
}
