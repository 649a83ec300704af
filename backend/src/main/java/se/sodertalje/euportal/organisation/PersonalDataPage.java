package se.sodertalje.euportal.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.sodertalje.euportal.audit.FieldChange;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.common.StockholmTime;
import se.sodertalje.euportal.common.Language;

/**
 * Personal data (GDPR art. 15) as a page the person can read: a contact person's export, or what is held
 * under the e-mail of someone in no register of contact persons; the same content as the JSON export, in
 * headings and tables, in Swedish or English. Self-contained HTML (no scripts, no outside resources), so it
 * opens in any browser and can be sent on as it is.
 */
final class PersonalDataPage {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("title", new String[] {"Personuppgifter om %s", "Personal data about %s"}),
            Map.entry("intro", new String[] {
                    "Det här är allt Södertälje kommuns EU-projektportal har sparat om dig: uppgifterna i registret över "
                            + "kontaktpersoner med alla tidigare versioner, dina anmälningar till evenemang och var andra "
                            + "register nämner din e-postadress (dataskyddsförordningen, artikel 15).",
                    "This is everything Södertälje municipality's EU Project Portal holds about you: your entry in the "
                            + "register of contact persons with every earlier version, your registrations for events and "
                            + "where other registers name your e-mail address (General Data Protection Regulation, "
                            + "article 15)."}),
            Map.entry("introByEmail", new String[] {
                    "Det här är allt Södertälje kommuns EU-projektportal har sparat under din e-postadress: dina "
                            + "anmälningar till evenemang och var portalens register nämner adressen "
                            + "(dataskyddsförordningen, artikel 15).",
                    "This is everything Södertälje municipality's EU Project Portal holds under your e-mail address: "
                            + "your registrations for events and where the portal's registers name the address "
                            + "(General Data Protection Regulation, article 15)."}),
            Map.entry("exportedAt", new String[] {"Utdrag gjort", "Extract made"}),
            Map.entry("contactPerson", new String[] {"Kontaktperson", "Contact person"}),
            Map.entry("name", new String[] {"Namn", "Name"}),
            Map.entry("titleField", new String[] {"Titel", "Title"}),
            Map.entry("email", new String[] {"E-post", "E-mail"}),
            Map.entry("phone", new String[] {"Telefon", "Phone"}),
            Map.entry("unit", new String[] {"Enhet", "Unit"}),
            Map.entry("roles", new String[] {"Roller", "Roles"}),
            Map.entry("activeFrom", new String[] {"Aktiv från", "Active from"}),
            Map.entry("activeTo", new String[] {"Aktiv till", "Active to"}),
            Map.entry("active", new String[] {"Aktiv nu", "Active now"}),
            Map.entry("erased", new String[] {"Raderad", "Erased"}),
            Map.entry("yes", new String[] {"ja", "yes"}),
            Map.entry("no", new String[] {"nej", "no"}),
            Map.entry("history", new String[] {"Ändringshistorik", "Change history"}),
            Map.entry("when", new String[] {"När", "When"}),
            Map.entry("who", new String[] {"Av", "By"}),
            Map.entry("what", new String[] {"Ändring", "Change"}),
            Map.entry("field", new String[] {"Uppgift", "Field"}),
            Map.entry("before", new String[] {"Före", "Before"}),
            Map.entry("after", new String[] {"Efter", "After"}),
            Map.entry("CREATED", new String[] {"Skapad", "Created"}),
            Map.entry("UPDATED", new String[] {"Ändrad", "Changed"}),
            Map.entry("DELETED", new String[] {"Borttagen", "Deleted"}),
            Map.entry("erasures", new String[] {"Raderingar", "Erasures"}),
            Map.entry("erasedBy", new String[] {"Raderad av", "Erased by"}),
            Map.entry("events", new String[] {"Anmälningar till evenemang", "Registrations for events"}),
            Map.entry("event", new String[] {"Evenemang", "Event"}),
            Map.entry("startsAt", new String[] {"Börjar", "Starts"}),
            Map.entry("status", new String[] {"Status", "Status"}),
            Map.entry("attended", new String[] {"Deltog", "Attended"}),
            Map.entry("REGISTERED", new String[] {"Anmäld", "Registered"}),
            Map.entry("WAITING", new String[] {"På väntelista", "On the waiting list"}),
            Map.entry("CANCELLED", new String[] {"Avanmäld", "Cancelled"}),
            Map.entry("registers", new String[] {"Andra register som nämner din e-postadress",
                    "Other registers that name your e-mail address"}),
            Map.entry("register", new String[] {"Register", "Register"}),
            Map.entry("record", new String[] {"Post", "Record"}),
            Map.entry("role", new String[] {"Roll", "Role"}),
            Map.entry("TWIN_TOWN_CONTACT", new String[] {"Vänort, kontaktperson", "Twin town, contact person"}),
            Map.entry("EXTERNAL_NETWORK_MEMBER", new String[] {"Externt nätverk, medlem", "External network, member"}),
            Map.entry("PARTNER_CONTACT", new String[] {"Partnerorganisation, kontaktperson",
                    "Partner organisation, contact person"}),
            Map.entry("INTERNATIONAL_COORDINATOR", new String[] {"Internationell samordnare", "International coordinator"}),
            Map.entry("EU_PROJECT_MANAGER", new String[] {"EU-projektledare", "EU project manager"}),
            Map.entry("FINANCE_CONTACT", new String[] {"Ekonomikontakt", "Finance contact"}),
            Map.entry("OTHER", new String[] {"Annan", "Other"}),
            Map.entry("none", new String[] {"Inga.", "None."}),
            Map.entry("rights", new String[] {
                    "Du kan begära att felaktiga uppgifter rättas och att uppgifterna raderas. Läs mer i portalens "
                            + "integritetsmeddelande.",
                    "You may ask for wrong data to be corrected and for the data to be erased. Read more in the "
                            + "portal's privacy notice."}));

    private final Language lang;
    private final StringBuilder html = new StringBuilder();

    private PersonalDataPage(Language lang) {
        this.lang = lang;
    }

    static String render(PersonalDataExport data, Language lang) {
        return new PersonalDataPage(lang).page(data);
    }

    static String render(EmailPersonalData data, Language lang) {
        return new PersonalDataPage(lang).page(data);
    }

    private String t(String key) {
        String[] text = TEXT.get(key);
        return text == null ? key : text[lang == Language.EN ? 1 : 0];
    }

    private String page(EmailPersonalData d) {
        open(String.format(t("title"), d.email()), "introByEmail", d.exportedAt());
        held(d.eventRegistrations(), d.otherRegisters());
        return close();
    }

    private String page(PersonalDataExport d) {
        ContactPersonView p = d.contactPerson();
        open(String.format(t("title"), p.name()), "intro", d.exportedAt());

        html.append("<h2>").append(esc(t("contactPerson"))).append("</h2>\n<table>\n");
        pair("name", p.name());
        pair("titleField", p.title());
        pair("email", p.email());
        pair("phone", p.phone());
        pair("unit", p.unitCode() + " " + p.unitName());
        pair("roles", p.roles().stream().map(r -> t(r.name())).sorted().collect(Collectors.joining(", ")));
        pair("activeFrom", date(p.activeFrom()));
        pair("activeTo", date(p.activeTo()));
        pair("active", t(p.active() ? "yes" : "no"));
        pair("erased", t(p.erased() ? "yes" : "no"));
        html.append("</table>\n");

        html.append("<h2>").append(esc(t("history"))).append("</h2>\n");
        table(List.of("when", "who", "what", "field", "before", "after"), d.history().stream().flatMap(h -> changes(h)
                .stream()).toList());

        html.append("<h2>").append(esc(t("erasures"))).append("</h2>\n");
        table(List.of("when", "erasedBy"), d.erasures().stream().map(e -> List.of(time(e.erasedAt()), e.erasedBy()))
                .toList());
        held(d.eventRegistrations(), d.otherRegisters());
        return close();
    }

    /** The document's head, its title as the heading, the introduction and when the extract was made. */
    private void open(String title, String intro, Instant exportedAt) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang == Language.EN ? "en" : "sv").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                        + "line-height:1.5;color:#1a1a1a}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
                        + "th,td{text-align:left;vertical-align:top;border-bottom:1px solid #ccc;padding:.3rem .5rem}"
                        + "caption{text-align:left;font-weight:600}</style>\n</head>\n<body>\n<main>\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n");
        html.append("<p>").append(esc(t(intro))).append("</p>\n");
        html.append("<p>").append(esc(t("exportedAt"))).append(": ").append(time(exportedAt)).append("</p>\n");
    }

    /** What is held under the e-mail: registrations for events and entries in other registers. */
    private void held(List<GuestRegistrations.GuestRegistration> registrations, List<PersonInRegisters.Entry> entries) {
        html.append("<h2>").append(esc(t("events"))).append("</h2>\n");
        table(List.of("event", "startsAt", "name", "email", "status", "attended"), registrations.stream()
                .map(r -> List.of(r.eventTitle(), time(r.startsAt()), r.name(), r.email(), t(r.status()),
                        r.attended() == null ? "" : t(r.attended() ? "yes" : "no"))).toList());

        html.append("<h2>").append(esc(t("registers"))).append("</h2>\n");
        table(List.of("register", "record", "name", "role", "email", "phone"), entries.stream()
                .map(e -> List.of(t(e.register()), e.recordName(), e.name(), nz(e.role()), nz(e.email()), nz(e.phone())))
                .toList());
    }

    /** The person's rights, and the end of the document. */
    private String close() {
        html.append("<p>").append(esc(t("rights"))).append("</p>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    /** A revision as rows: one per changed field (the first carries when, who and what). */
    private List<List<String>> changes(HistoryEntry h) {
        String who = h.actor() == null ? "" : h.actor().name();
        if (h.changes().isEmpty()) {
            return List.of(List.of(time(h.timestamp()), who, t(h.type().name()), "", "", ""));
        }
        return h.changes().stream().map((FieldChange c) -> List.of(time(h.timestamp()), who, t(h.type().name()),
                field(c.field()), value(c.field(), c.oldValue()), value(c.field(), c.newValue()))).toList();
    }

    private String field(String name) {
        return switch (name) {
            case "title" -> t("titleField");
            case "unitId", "unitCode" -> t("unit");
            default -> TEXT.containsKey(name) ? t(name) : name;
        };
    }

    /** Roles in words; other values as stored. */
    private String value(String field, String value) {
        if (value == null) {
            return "";
        }
        if ("roles".equals(field)) {
            return java.util.Arrays.stream(value.replaceAll("[\\[\\]]", "").split("\\s*,\\s*")).filter(s -> !s.isBlank())
                    .map(this::t).collect(Collectors.joining(", "));
        }
        return value;
    }

    private void pair(String key, String value) {
        html.append("<tr><th scope=\"row\">").append(esc(t(key))).append("</th><td>").append(esc(nz(value)))
                .append("</td></tr>\n");
    }

    private void table(List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            html.append("<p>").append(esc(t("none"))).append("</p>\n");
            return;
        }
        html.append("<table>\n<thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(esc(t(h))).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(nz(cell))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    private static String time(Instant value) {
        return value == null ? "" : StockholmTime.format(value);
    }

    /** An event's start, which the export carries as Stockholm's wall clock (EventService.local). */
    private static String time(LocalDateTime value) {
        return value == null ? "" : StockholmTime.format(value.atZone(Clocks.STOCKHOLM).toInstant());
    }

    private static String esc(String text) {
        return nz(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
