package se.sodertalje.euportal.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.application.TransitionAction;
import se.sodertalje.euportal.budget.BudgetCategory;
import se.sodertalje.euportal.budget.RevisionState;
import se.sodertalje.euportal.budget.VersionKind;
import se.sodertalje.euportal.common.Language;
import se.sodertalje.euportal.control.ControlStatus;
import se.sodertalje.euportal.control.Decision;
import se.sodertalje.euportal.partner.PartnerRole;
import se.sodertalje.euportal.programme.CostCategory;
import se.sodertalje.euportal.programme.Fund;
import se.sodertalje.euportal.project.ProjectStatus;
import se.sodertalje.euportal.report.Indicator.IndicatorType;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;

/**
 * The language of an export: the captions of its sections and columns, and the words for every status, role,
 * step, category and kind an export prints (never an enum's name), Swedish or English. The words follow the
 * SPA's (frontend/src/lib/i18n/locales), so a reader meets the same term in the portal and in its files.
 */
public enum ExportLanguage {
    SV, EN;

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("project", new String[] {"Projekt", "Project"}),
            Map.entry("title", new String[] {"Titel", "Title"}),
            Map.entry("acronym", new String[] {"Akronym", "Acronym"}),
            Map.entry("unit", new String[] {"Enhet", "Unit"}),
            Map.entry("programme", new String[] {"Program", "Programme"}),
            Map.entry("fund", new String[] {"Fond", "Fund"}),
            Map.entry("call", new String[] {"Utlysning", "Call"}),
            Map.entry("period", new String[] {"Period", "Period"}),
            Map.entry("from", new String[] {"Från", "From"}),
            Map.entry("to", new String[] {"Till", "To"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("granted", new String[] {"Beviljat", "Granted"}),
            Map.entry("funderReference", new String[] {"Finansiärens referens", "Funder's reference"}),
            Map.entry("submittedOn", new String[] {"Inskickad", "Submitted"}),
            Map.entry("decisionOn", new String[] {"Beslut", "Decision"}),
            Map.entry("partners", new String[] {"Partner", "Partners"}),
            Map.entry("name", new String[] {"Namn", "Name"}),
            Map.entry("country", new String[] {"Land", "Country"}),
            Map.entry("role", new String[] {"Roll", "Role"}),
            Map.entry("decisions", new String[] {"Beslut och steg", "Decisions and steps"}),
            Map.entry("action", new String[] {"Steg", "Step"}),
            Map.entry("who", new String[] {"Av", "By"}),
            Map.entry("when", new String[] {"När", "When"}),
            Map.entry("comment", new String[] {"Kommentar", "Comment"}),
            Map.entry("budgetVersions", new String[] {"Budgetversioner", "Budget versions"}),
            Map.entry("version", new String[] {"Version", "Version"}),
            Map.entry("kind", new String[] {"Slag", "Kind"}),
            Map.entry("total", new String[] {"Totalt", "Total"}),
            Map.entry("euShare", new String[] {"EU-bidrag", "EU share"}),
            Map.entry("reason", new String[] {"Skäl", "Reason"}),
            Map.entry("money", new String[] {"Beviljat och ansökt", "Granted and claimed"}),
            Map.entry("category", new String[] {"Kostnadskategori", "Cost category"}),
            Map.entry("claimed", new String[] {"Ansökt (stödberättigande)", "Claimed (eligible)"}),
            Map.entry("remaining", new String[] {"Återstår", "Remaining"}),
            Map.entry("euClaimed", new String[] {"EU-bidrag ansökt", "EU amount claimed"}),
            Map.entry("paid", new String[] {"Utbetalt", "Paid"}),
            Map.entry("paidOn", new String[] {"Utbetalt den", "Paid on"}),
            Map.entry("reports", new String[] {"Rapporter", "Reports"}),
            Map.entry("due", new String[] {"Senast", "Due"}),
            Map.entry("firstSubmitted", new String[] {"Först inlämnad", "First submitted"}),
            Map.entry("sentOn", new String[] {"Skickad till finansiären", "Sent to the funder"}),
            Map.entry("eligible", new String[] {"Stödberättigande", "Eligible"}),
            Map.entry("rate", new String[] {"Kurs (SEK/EUR)", "Rate (SEK/EUR)"}),
            Map.entry("rateMonth", new String[] {"Kursmånad", "Rate month"}),
            Map.entry("indicators", new String[] {"Indikatorer", "Indicators"}),
            Map.entry("code", new String[] {"Kod", "Code"}),
            Map.entry("type", new String[] {"Typ", "Type"}),
            Map.entry("measure", new String[] {"Enhet", "Unit"}),
            Map.entry("target", new String[] {"Mål", "Target"}),
            Map.entry("achieved", new String[] {"Uppnått", "Achieved"}),
            Map.entry("expenditure", new String[] {"Utgifter", "Expenditure"}),
            Map.entry("partner", new String[] {"Partner", "Partner"}),
            Map.entry("spentOn", new String[] {"Datum", "Date"}),
            Map.entry("supplier", new String[] {"Leverantör", "Supplier"}),
            Map.entry("description", new String[] {"Beskrivning", "Description"}),
            Map.entry("invoice", new String[] {"Fakturanummer", "Invoice number"}),
            Map.entry("amount", new String[] {"Belopp", "Amount"}),
            Map.entry("currency", new String[] {"Valuta", "Currency"}),
            Map.entry("vat", new String[] {"Moms", "VAT"}),
            Map.entry("vatRecoverable", new String[] {"Momsen återsökbar", "VAT recoverable"}),
            Map.entry("reportStatus", new String[] {"Rapportens status", "Report status"}),
            Map.entry("auditTrail", new String[] {"Ändringshistorik", "Audit trail"}),
            Map.entry("record", new String[] {"Post", "Record"}),
            Map.entry("changes", new String[] {"Ändringar", "Changes"}),
            Map.entry("lastChange", new String[] {"Senast ändrad", "Last change"}),
            Map.entry("yes", new String[] {"ja", "yes"}),
            Map.entry("no", new String[] {"nej", "no"}),
            Map.entry("exported", new String[] {"Exporterad", "Exported"}),
            Map.entry("sum", new String[] {"Summa", "Sum"}),
            Map.entry("control", new String[] {"Kontroll av ansökan om utbetalning", "Control of the payment claim"}),
            Map.entry("controlStarted", new String[] {"Påbörjad", "Started"}),
            Map.entry("controlClosed", new String[] {"Avslutad av", "Closed by"}),
            Map.entry("reopenReason", new String[] {"Skäl till återöppning", "Reason for reopening"}),
            Map.entry("certificate", new String[] {"Kontrollintyg", "Control certificate"}),
            Map.entry("missing", new String[] {"saknas", "missing"}),
            Map.entry("declared", new String[] {"Redovisat", "Declared"}),
            Map.entry("inSample", new String[] {"I urvalet", "In the sample"}),
            Map.entry("parked", new String[] {"Parkerat", "Parked"}),
            Map.entry("deducted", new String[] {"Avdrag", "Deducted"}),
            Map.entry("eligibleAfterControl", new String[] {"Stödberättigande efter kontroll", "Eligible after control"}),
            Map.entry("carriedIn", new String[] {"Parkerat tidigare, avgjort nu", "Parked earlier, decided now"}),
            Map.entry("claimAfterControl", new String[] {"Ansökan efter kontroll, med schabloner",
                    "Claim after control, with flat rates"}),
            Map.entry("errorType", new String[] {"Feltyp", "Error type"}),
            Map.entry("decision", new String[] {"Beslut", "Decision"}),
            Map.entry("question", new String[] {"Begäran om komplettering", "Request for clarification"}),
            Map.entry("asked", new String[] {"Frågad", "Asked"}),
            Map.entry("answer", new String[] {"Svar", "Answer"}),
            Map.entry("answered", new String[] {"Besvarad", "Answered"}),
            Map.entry("files", new String[] {"Filer", "Files"}),
            Map.entry("findings", new String[] {"Iakttagelser", "Findings"}),
            Map.entry("followUpPrevious", new String[] {"Uppföljning av förra kontrollen", "Follow-up of the last control"}),
            Map.entry("followUpNext", new String[] {"Åtgärder till nästa rapport", "Measures for the next report"}),
            Map.entry("conclusion", new String[] {"Slutsats", "Conclusion"}),
            Map.entry("controls", new String[] {"Kontroller", "Controls"}),
            Map.entry("percent", new String[] {"Procent", "Percent"}),
            Map.entry("controlLines", new String[] {"Kontrollerade rader", "Controlled lines"}),
            Map.entry("clarifications", new String[] {"Kompletteringar", "Clarifications"}),
            Map.entry("controlDeductions", new String[] {"Kontrollens avdrag", "Control deductions"}),
            Map.entry("page", new String[] {"Sida %d av %d", "Page %d of %d"}),
            Map.entry("author", new String[] {"Södertälje kommun, EU-projektportalen", "Södertälje municipality, EU Project Portal"}),
            Map.entry("dossierSubject", new String[] {"Projektakt för revision", "Project dossier for audit"}),
            Map.entry("auditProject", new String[] {"Projektet", "Project"}),
            Map.entry("auditApplication", new String[] {"Ansökan", "Application"}),
            Map.entry("auditPeriods", new String[] {"Rapportperioder", "Reporting periods"}),
            Map.entry("auditReports", new String[] {"Rapporter", "Reports"}),
            Map.entry("auditExpenditure", new String[] {"Utgiftsrader", "Expenditure lines"}),
            Map.entry("auditControlDecisions", new String[] {"Kontrollbeslut", "Control decisions"}),
            Map.entry("auditReportSteps", new String[] {"Rapporternas steg", "Report workflow steps"}));

    /** The enums an export prints, each constant with its Swedish and English words (ExportLanguageTest: all covered). */
    static final List<Class<? extends Enum<?>>> WORDED = List.of(ProjectStatus.class, PartnerRole.class,
            TransitionAction.class, ApplicationStatus.class, VersionKind.class, RevisionState.class, ReportKind.class,
            ReportStatus.class, IndicatorType.class, BudgetCategory.class, CostCategory.class, Fund.class,
            ControlStatus.class, Decision.class);

    private static final Map<Enum<?>, String[]> WORDS = new HashMap<>();

    static {
        words(ProjectStatus.RUNNING, "Pågår", "Running");
        words(ProjectStatus.CLOSING, "Avslutas", "Closing");
        words(ProjectStatus.CLOSED, "Avslutat", "Closed");
        words(ProjectStatus.ARCHIVED, "Arkiverat", "Archived");
        words(PartnerRole.LEAD_PARTNER, "Huvudpartner", "Lead partner");
        words(PartnerRole.PARTNER, "Partner", "Partner");
        words(PartnerRole.ASSOCIATED_PARTNER, "Associerad partner", "Associated partner");
        words(TransitionAction.APPROVE_FOR_UNIT, "Godkänd för enheten", "Approved for the unit");
        words(TransitionAction.RETURN_FOR_CHANGES, "Skickad tillbaka för ändring", "Returned for changes");
        words(TransitionAction.START_REVIEW, "Granskning påbörjad", "Review started");
        words(TransitionAction.CLEAR_FOR_SUBMISSION, "Klarmarkerad för inskickning", "Cleared for submission");
        words(TransitionAction.SUBMIT, "Inskickning registrerad", "Submission recorded");
        words(TransitionAction.RECORD_GRANT, "Beviljande registrerat", "Grant recorded");
        words(TransitionAction.RECORD_REJECTION, "Avslag registrerat", "Rejection recorded");
        words(TransitionAction.WITHDRAW, "Ansökan återtagen", "Application withdrawn");
        words(ApplicationStatus.DRAFT, "Utkast", "Draft");
        words(ApplicationStatus.UNIT_APPROVED, "Godkänd av enheten", "Approved by the unit");
        words(ApplicationStatus.IN_REVIEW, "Granskas", "In review");
        words(ApplicationStatus.READY_TO_SUBMIT, "Klar att skicka in", "Ready to submit");
        words(ApplicationStatus.SUBMITTED, "Inskickad", "Submitted");
        words(ApplicationStatus.GRANTED, "Beviljad", "Granted");
        words(ApplicationStatus.REJECTED, "Avslagen", "Rejected");
        words(ApplicationStatus.WITHDRAWN, "Återtagen", "Withdrawn");
        words(VersionKind.SUBMITTED, "Inlämnad", "Submitted");
        words(VersionKind.GRANTED, "Beviljad", "Granted");
        words(VersionKind.REVISED, "Reviderad", "Revised");
        words(RevisionState.PROPOSED, "föreslagen", "proposed");
        words(RevisionState.APPROVED, "godkänd", "approved");
        words(RevisionState.REJECTED, "avslagen", "rejected");
        words(ReportKind.PROGRESS, "Lägesrapport", "Progress report");
        words(ReportKind.FINANCIAL, "Ekonomisk rapport", "Financial report");
        words(ReportKind.FINAL, "Slutrapport", "Final report");
        words(ReportStatus.DRAFT, "Utkast", "Draft");
        words(ReportStatus.SUBMITTED, "Inlämnad", "Submitted");
        words(ReportStatus.RETURNED, "Återsänd", "Returned");
        words(ReportStatus.ACCEPTED, "Godkänd", "Accepted");
        words(ReportStatus.SENT_TO_FUNDER, "Skickad till finansiären", "Sent to the funder");
        words(IndicatorType.OUTPUT, "Utfall", "Output");
        words(IndicatorType.RESULT, "Resultat", "Result");
        words(BudgetCategory.STAFF, "Personalkostnader", "Staff costs");
        words(BudgetCategory.OFFICE_ADMINISTRATION, "Kontors- och administrationskostnader", "Office and administrative costs");
        words(BudgetCategory.TRAVEL_ACCOMMODATION, "Resor och logi", "Travel and accommodation");
        words(BudgetCategory.EXTERNAL_EXPERTISE, "Extern expertis och tjänster", "External expertise and services");
        words(BudgetCategory.EQUIPMENT, "Utrustning", "Equipment");
        words(BudgetCategory.INFRASTRUCTURE_WORKS, "Infrastruktur och byggnadsarbeten", "Infrastructure and works");
        words(BudgetCategory.OTHER_COSTS_FLAT_RATE, "Övriga kostnader (schablon)", "Other costs (flat rate)");
        for (CostCategory c : CostCategory.values()) {
            WORDS.put(c, WORDS.get(BudgetCategory.valueOf(c.name())));
        }
        words(Fund.ERDF, "Europeiska regionala utvecklingsfonden (Eruf)", "European Regional Development Fund (ERDF)");
        words(Fund.ESF_PLUS, "Europeiska socialfonden+ (ESF+)", "European Social Fund Plus (ESF+)");
        words(Fund.INTERREG, "Interreg", "Interreg");
        words(Fund.ERASMUS_PLUS, "Erasmus+", "Erasmus+");
        words(Fund.HORIZON_EUROPE, "Horisont Europa", "Horizon Europe");
        words(Fund.CERV, "Medborgare, jämlikhet, rättigheter och värden (CERV)", "Citizens, Equality, Rights and Values (CERV)");
        words(Fund.AMIF, "Asyl-, migrations- och integrationsfonden (Amif)", "Asylum, Migration and Integration Fund (AMIF)");
        words(Fund.LIFE, "Life", "LIFE");
        words(Fund.OTHER, "Annan fond", "Other fund");
        words(ControlStatus.RUNNING, "Pågår", "Running");
        words(ControlStatus.CLOSED, "Avslutad", "Closed");
        words(Decision.VERIFIED, "Verifierad", "Verified");
        words(Decision.DEDUCTED, "Avdrag", "Deducted");
        words(Decision.PARKED, "Parkerad", "Parked");
    }

    private static void words(Enum<?> value, String sv, String en) {
        WORDS.put(value, new String[] {sv, en});
    }

    /** The value in words in this language ("" for none); an enum no export prints yet fails loudly in tests. */
    public String word(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String[] text = WORDS.get(value);
        if (text == null) {
            throw new IllegalArgumentException("No export words for " + value.getDeclaringClass().getSimpleName() + "."
                    + value.name());
        }
        return text[ordinal()];
    }

    public String t(String key) {
        String[] text = TEXT.get(key);
        if (text == null) {
            throw new IllegalArgumentException("No export text " + key);
        }
        return text[ordinal()];
    }

    /** {@code sv} or {@code en}; anything else is Swedish, the portal's first language. */
    public static ExportLanguage of(String code) {
        return "en".equalsIgnoreCase(code) ? EN : SV;
    }

    public static ExportLanguage of(Language language) {
        return language == Language.EN ? EN : SV;
    }

    /**
     * The language of an export: {@code ?lang} wins; then an Accept-Language whose first choice is Swedish or
     * English; otherwise the user's own language (Swedish until they choose).
     */
    public static ExportLanguage choose(String lang, String acceptLanguage, Language userLanguage) {
        if (lang != null && !lang.isBlank()) {
            return of(lang);
        }
        String first = acceptLanguage == null ? "" : acceptLanguage.trim().toLowerCase(java.util.Locale.ROOT);
        if (first.startsWith("en")) {
            return EN;
        }
        if (first.startsWith("sv")) {
            return SV;
        }
        return of(userLanguage);
    }
}
