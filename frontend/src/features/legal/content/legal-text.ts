/** The shape of a page the law asks for: the same sections in Swedish and English. */
import type { Language } from '@/lib/i18n/i18n';

export interface LegalLink {
  label: string;
  href: string;
}

export interface LegalSection {
  heading: string;
  paragraphs?: string[];
  items?: string[];
  links?: LegalLink[];
}

export interface LegalText {
  title: string;
  intro: string[];
  sections: LegalSection[];
  /** When the text was last reviewed, as a sentence. */
  updated: string;
}

export type InBothLanguages = Record<Language, LegalText>;

/** Where people write to the International Office and to the municipality's data protection officer. */
export const OFFICE_EMAIL = 'eu-portalen@sodertalje.se';
export const DPO_EMAIL = 'dataskyddsombud@sodertalje.se';
