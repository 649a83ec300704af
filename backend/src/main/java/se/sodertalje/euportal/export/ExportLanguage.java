package se.sodertalje.euportal.export;

import java.util.Map;
import se.sodertalje.euportal.common.Language;

/** The language of an export: the captions of its sections and columns, Swedish or English. */
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
            Map.entry("controlRUNNING", new String[] {"Pågår", "Running"}),
            Map.entry("controlCLOSED", new String[] {"Avslutad", "Closed"}),
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
            Map.entry("decisionVERIFIED", new String[] {"Verifierad", "Verified"}),
            Map.entry("decisionDEDUCTED", new String[] {"Avdrag", "Deducted"}),
            Map.entry("decisionPARKED", new String[] {"Parkerad", "Parked"}),
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
            Map.entry("controlDeductions", new String[] {"Kontrollens avdrag", "Control deductions"}));

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
