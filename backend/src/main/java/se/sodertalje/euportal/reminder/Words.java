package se.sodertalje.euportal.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Dates and "days left" in the reminders' two languages. */
final class Words {

    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATE_SV = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Words() {
    }

    static String dateSv(TemporalAccessor date) {
        return DATE_SV.format(date);
    }

    static String dateEn(TemporalAccessor date) {
        return DATE_EN.format(date);
    }

    static String iso(LocalDate date) {
        return date.toString();
    }

    static String leftSv(long days) {
        return days <= 0 ? "i dag" : days == 1 ? "i morgon" : "om " + days + " dagar";
    }

    static String leftEn(long days) {
        return days <= 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    /** "Title (ACRONYM)", or the title alone. */
    static String named(String title, String acronym) {
        return acronym == null || acronym.isBlank() ? title : title + " (" + acronym + ")";
    }
}
