/**
 * Tillgänglighetsredogörelse (lagen (2018:1937) om tillgänglighet till digital offentlig service, DOS-lagen):
 * how far the portal complies, what is known not to, how to report a shortcoming, and the supervisory authority.
 * Keep "Kända brister" true: update it when a shortcoming is fixed or found.
 */
import { OFFICE_EMAIL, type InBothLanguages } from './legal-text';

export const accessibilityStatement: InBothLanguages = {
  sv: {
    title: 'Tillgänglighetsredogörelse',
    intro: [
      'Södertälje kommun står bakom EU-projektportalen och vill att så många som möjligt ska kunna använda den. ' +
        'Här beskriver vi hur portalen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, ' +
        'vilka kända brister som finns och hur du kan rapportera problem till oss.',
    ],
    sections: [
      {
        heading: 'Hur tillgänglig är portalen?',
        paragraphs: [
          'Portalen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de ' +
            'brister som beskrivs nedan. Målet är nivå AA i WCAG 2.1 (standarden EN 301 549).',
          'Portalen går att använda med tangentbord och skärmläsare, har rubriker och landmärken, en länk för att ' +
            'hoppa till innehållet, sidtitlar per sida och texter på svenska och engelska.',
        ],
      },
      {
        heading: 'Kända brister',
        items: [
          'Exporterade PDF-filer (projektrapporter och rapporter till kommunstyrelsen) är ännu inte taggade för ' +
            'skärmläsare och kan vara svåra att läsa med hjälpmedel (WCAG 1.3.1). Samma uppgifter finns i portalen ' +
            'och i Excel-filerna.',
          'I budgetredigeraren heter knappen som tar bort en rad inte likadant för skärmläsare som den synliga texten ' +
            '(WCAG 2.5.3), och sidan är mycket lång.',
          'Några färger i diagrammens förklaringar på översiktssidan har för låg kontrast mot bakgrunden (WCAG 1.4.3). ' +
            'Siffrorna finns också i en tabell.',
          'Vissa felmeddelanden från servern visas ännu på engelska i det svenska gränssnittet.',
          'Inloggningssidan kommer från kommunens inloggningstjänst och omfattas inte av den här granskningen.',
        ],
      },
      {
        heading: 'Rapportera brister eller be om innehåll i annan form',
        paragraphs: [
          'Om du upptäcker problem som inte beskrivs här, eller om du behöver innehåll i en annan form, kontakta ' +
            `Internationella kontoret på ${OFFICE_EMAIL}. Skriv vilken sida det gäller och vad som inte fungerar.`,
        ],
        links: [{ label: `E-post till Internationella kontoret: ${OFFICE_EMAIL}`, href: `mailto:${OFFICE_EMAIL}` }],
      },
      {
        heading: 'Tillsyn',
        paragraphs: [
          'Myndigheten för digital förvaltning (DIGG) har ansvar för tillsyn av lagen om tillgänglighet till digital ' +
            'offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till DIGG.',
        ],
        links: [{ label: 'Anmäl bristande tillgänglighet till DIGG (digg.se)', href: 'https://www.digg.se' }],
      },
      {
        heading: 'Hur vi testat portalen',
        paragraphs: [
          'Vi har själva granskat portalen (självskattning). Varje sida testas automatiskt med verktyget axe mot ' +
            'WCAG 2.1 nivå AA vid varje ändring, och flödena testas med tangentbord. Redogörelsen uppdaterades ' +
            'senast 7 december 2026.',
        ],
      },
    ],
    updated: 'Senast uppdaterad 7 december 2026.',
  },
  en: {
    title: 'Accessibility statement',
    intro: [
      'Södertälje municipality is responsible for the EU Project Portal and wants as many people as possible to be ' +
        'able to use it. This statement describes how the portal complies with the Swedish Act (2018:1937) on ' +
        'accessibility to digital public services, its known shortcomings, and how to report a problem to us.',
    ],
    sections: [
      {
        heading: 'How accessible is the portal?',
        paragraphs: [
          'The portal is partially compliant with the Act on accessibility to digital public services, because of ' +
            'the shortcomings described below. The goal is level AA of WCAG 2.1 (the standard EN 301 549).',
          'The portal can be used with a keyboard and a screen reader, has headings and landmarks, a link that skips ' +
            'to the content, a title for every page, and texts in Swedish and English.',
        ],
      },
      {
        heading: 'Known shortcomings',
        items: [
          'Exported PDF files (project reports and reports to the executive board) are not yet tagged for screen ' +
            'readers and can be hard to read with assistive technology (WCAG 1.3.1). The same information is in the ' +
            'portal and in the Excel files.',
          "In the budget editor, the button that removes a line does not have the same name for screen readers as " +
            'its visible text (WCAG 2.5.3), and the page is very long.',
          'Some colours in the chart legends of the overview page have too little contrast with the background ' +
            '(WCAG 1.4.3). The figures are also in a table.',
          'Some error messages from the server are still shown in English in the Swedish interface.',
          "The sign-in page comes from the municipality's sign-in service and is not covered by this review.",
        ],
      },
      {
        heading: 'Report a shortcoming or ask for content in another form',
        paragraphs: [
          'If you find a problem that is not described here, or need content in another form, contact the ' +
            `International Office at ${OFFICE_EMAIL}. Tell us which page it is about and what does not work.`,
        ],
        links: [{ label: `E-mail the International Office: ${OFFICE_EMAIL}`, href: `mailto:${OFFICE_EMAIL}` }],
      },
      {
        heading: 'Supervision',
        paragraphs: [
          'The Agency for Digital Government (DIGG) supervises the Act on accessibility to digital public services. ' +
            'If you are not satisfied with how we handle your comments, you can report it to DIGG.',
        ],
        links: [{ label: 'Report inaccessibility to DIGG (digg.se)', href: 'https://www.digg.se' }],
      },
      {
        heading: 'How we tested the portal',
        paragraphs: [
          'We reviewed the portal ourselves (self-assessment). Every page is tested automatically with the axe tool ' +
            'against WCAG 2.1 level AA on every change, and the flows are tested with a keyboard. This statement ' +
            'was last updated on 7 December 2026.',
        ],
      },
    ],
    updated: 'Last updated 7 December 2026.',
  },
};
