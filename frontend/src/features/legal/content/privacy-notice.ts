/**
 * The privacy notice (GDPR art. 13): who is responsible, what the portal processes and why, on which legal
 * basis, for how long, the data protection officer, and the rights and how to use them.
 */
import { DPO_EMAIL, OFFICE_EMAIL, type InBothLanguages } from './legal-text';

export const privacyNotice: InBothLanguages = {
  sv: {
    title: 'Så behandlar vi dina personuppgifter',
    intro: [
      'EU-projektportalen är Södertälje kommuns verktyg för EU-finansierade projekt: från projektidé och ansökan ' +
        'till rapportering och uppföljning. Här beskriver vi vilka personuppgifter portalen behandlar, varför, hur ' +
        'länge och vilka rättigheter du har enligt dataskyddsförordningen (GDPR).',
    ],
    sections: [
      {
        heading: 'Personuppgiftsansvarig',
        paragraphs: [
          'Kommunstyrelsen i Södertälje kommun är personuppgiftsansvarig. Portalen förvaltas av Internationella ' +
            'kontoret på kommunstyrelsens kontor.',
        ],
        links: [{ label: `Internationella kontoret: ${OFFICE_EMAIL}`, href: `mailto:${OFFICE_EMAIL}` }],
      },
      {
        heading: 'Vilka uppgifter vi behandlar',
        items: [
          'Om dig som använder portalen: namn, användarnamn, e-postadress, roller och enhet från kommunens ' +
            'inloggning, ditt val av språk och av hur du vill få påminnelser, dina aviseringar samt vad du har gjort i ' +
            'portalen (vem som ändrade vad och när, och vilka filer som lämnats ut till vem).',
          'Om kontaktpersoner, projektdeltagare och deltagare i utbildningar och nätverk: namn, e-postadress, ' +
            'telefonnummer, enhet och roll.',
          'Om personer hos partnerorganisationer och finansiärer: namn och kontaktuppgifter när de står i ansökningar, ' +
            'rapporter och bilagor.',
          'Uppgifter i underlag till ekonomiska rapporter, till exempel lönebilagor och tidrapporter, i den mån ' +
            'finansiären kräver dem.',
        ],
      },
      {
        heading: 'Varför vi behandlar uppgifterna och med vilken rättslig grund',
        items: [
          'För att söka, genomföra, redovisa och följa upp EU-finansierade projekt och stödja kommunens verksamheter ' +
            'i det arbetet: en uppgift av allmänt intresse (artikel 6.1 e i dataskyddsförordningen och kommunallagen).',
          'För att kunna visa finansiärer och revisorer hur EU-medel har använts, med spårbarhet för varje ändring: ' +
            'en rättslig förpliktelse (artikel 6.1 c), enligt EU:s regler för fonderna och arkivlagen.',
          'För att skicka påminnelser och aviseringar om det du arbetar med: en uppgift av allmänt intresse ' +
            '(artikel 6.1 e).',
        ],
      },
      {
        heading: 'Hur länge vi sparar uppgifterna',
        items: [
          'Projektens handlingar och deras ändringshistorik sparas minst fem år från den 31 december det år ' +
            'finansiären gjorde sin sista utbetalning, tio år när reglerna om statligt stöd gäller (artikel 82 i ' +
            'förordning (EU) 2021/1060). Därefter gallras de enligt kommunens dokumenthanteringsplan, eller bevaras ' +
            'om arkivlagen kräver det.',
          'Uppgifter om dig som användare sparas så länge du har ett konto i portalen och så länge de ingår i ' +
            'handlingar som ska sparas enligt ovan.',
          'En kontaktperson som inte längre ska finnas i registret kan anonymiseras; det som måste sparas för ' +
            'spårbarheten visar då inte längre vem det var.',
        ],
      },
      {
        heading: 'Vem som kan ta del av uppgifterna',
        paragraphs: [
          'Medarbetare i kommunen ser det som deras roll kräver. Finansiärer och revisorer får de uppgifter som ' +
            'ansökningar, rapporter och granskningar kräver. Allmänna handlingar kan lämnas ut enligt ' +
            'offentlighetsprincipen, efter sekretessprövning. Uppgifterna lämnas inte ut för andra ändamål.',
        ],
      },
      {
        heading: 'Dataskyddsombud',
        paragraphs: [
          'Södertälje kommun har ett dataskyddsombud som bevakar att kommunen följer dataskyddsreglerna. Du kan ' +
            `kontakta dataskyddsombudet på ${DPO_EMAIL}.`,
        ],
        links: [{ label: `E-post till dataskyddsombudet: ${DPO_EMAIL}`, href: `mailto:${DPO_EMAIL}` }],
      },
      {
        heading: 'Dina rättigheter och hur du använder dem',
        items: [
          'Rätt att få veta vilka uppgifter vi har om dig och att få en kopia av dem (registerutdrag).',
          'Rätt att få felaktiga uppgifter rättade.',
          'Rätt att få uppgifter raderade när de inte längre behövs och inte måste sparas enligt lag.',
          'Rätt att begära att behandlingen begränsas och att invända mot behandling som grundar sig på en uppgift ' +
            'av allmänt intresse.',
          'Rätt att klaga hos Integritetsskyddsmyndigheten (IMY) om du anser att vi behandlar dina uppgifter fel.',
        ],
        paragraphs: [
          `Skicka din begäran till Internationella kontoret (${OFFICE_EMAIL}) eller till dataskyddsombudet ` +
            `(${DPO_EMAIL}). Vi svarar utan onödigt dröjsmål och senast inom en månad.`,
        ],
        links: [{ label: 'Integritetsskyddsmyndigheten (imy.se)', href: 'https://www.imy.se' }],
      },
    ],
    updated: 'Senast uppdaterad 7 december 2026.',
  },
  en: {
    title: 'How we process your personal data',
    intro: [
      "The EU Project Portal is Södertälje municipality's tool for EU-funded projects: from project idea and " +
        'application to reporting and follow-up. This notice describes which personal data the portal processes, ' +
        'why, for how long, and your rights under the General Data Protection Regulation (GDPR).',
    ],
    sections: [
      {
        heading: 'Controller',
        paragraphs: [
          'The executive board (kommunstyrelsen) of Södertälje municipality is the controller. The portal is run by ' +
            "the International Office in the executive board's office.",
        ],
        links: [{ label: `International Office: ${OFFICE_EMAIL}`, href: `mailto:${OFFICE_EMAIL}` }],
      },
      {
        heading: 'What we process',
        items: [
          "About you as a user of the portal: name, username, e-mail address, roles and unit from the municipality's " +
            'sign-in, your choice of language and of how you get reminders, your notifications, and what you did in ' +
            'the portal (who changed what and when, and which files were handed out to whom).',
          'About contact persons, project staff and participants in trainings and networks: name, e-mail address, ' +
            'phone number, unit and role.',
          "About people at partner organisations and funders: names and contact details where they appear in " +
            'applications, reports and attachments.',
          'Information in the evidence for financial reports, such as payslips and timesheets, where the funder ' +
            'requires it.',
        ],
      },
      {
        heading: 'Why we process it, and the legal basis',
        items: [
          "To apply for, carry out, report on and follow up EU-funded projects and to support the municipality's " +
            'departments in that work: a task in the public interest (GDPR article 6(1)(e) and the Local Government ' +
            'Act).',
          'To show funders and auditors how EU funds were used, with every change traceable: a legal obligation ' +
            "(article 6(1)(c)), under the EU funds' rules and the Archives Act.",
          'To send reminders and notifications about what you work on: a task in the public interest (article ' +
            '6(1)(e)).',
        ],
      },
      {
        heading: 'How long we keep it',
        items: [
          "Projects' documents and their change history are kept at least five years from 31 December of the year " +
            "of the funder's last payment, ten years where state aid rules apply (article 82 of Regulation (EU) " +
            "2021/1060). Then they are disposed of according to the municipality's records management plan, or " +
            'preserved where the Archives Act requires it.',
          'Data about you as a user is kept while you have an account in the portal and as long as it is part of ' +
            'documents that must be kept as above.',
          'A contact person who should no longer be in the register can be anonymised; what must be kept for ' +
            'traceability then no longer shows who it was.',
        ],
      },
      {
        heading: 'Who can see it',
        paragraphs: [
          "The municipality's staff see what their role requires. Funders and auditors get the data that " +
            'applications, reports and audits require. Official documents may be released under the principle of ' +
            'public access, after a secrecy review. The data is not disclosed for any other purpose.',
        ],
      },
      {
        heading: 'Data protection officer',
        paragraphs: [
          'Södertälje municipality has a data protection officer who monitors that the municipality follows the ' +
            `data protection rules. You can contact the data protection officer at ${DPO_EMAIL}.`,
        ],
        links: [{ label: `E-mail the data protection officer: ${DPO_EMAIL}`, href: `mailto:${DPO_EMAIL}` }],
      },
      {
        heading: 'Your rights and how to use them',
        items: [
          'The right to know which data we hold about you and to get a copy of it.',
          'The right to have incorrect data corrected.',
          'The right to have data erased when it is no longer needed and need not be kept by law.',
          'The right to ask for processing to be restricted and to object to processing based on a task in the ' +
            'public interest.',
          'The right to complain to the Swedish Authority for Privacy Protection (IMY) if you think we process ' +
            'your data wrongly.',
        ],
        paragraphs: [
          `Send your request to the International Office (${OFFICE_EMAIL}) or to the data protection officer ` +
            `(${DPO_EMAIL}). We answer without undue delay and within one month at the latest.`,
        ],
        links: [{ label: 'Swedish Authority for Privacy Protection (imy.se)', href: 'https://www.imy.se' }],
      },
    ],
    updated: 'Last updated 7 December 2026.',
  },
};
