package se.sodertalje.euportal.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Language;
import se.sodertalje.euportal.notification.NotificationKind;
import se.sodertalje.euportal.report.ReportKind;

class ReminderTextsTest {

    private static final UUID PROJECT = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID APPLICATION = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private static ReportDeadline report(Set<ReportKind> missing) {
        return new ReportDeadline(UUID.randomUUID(), PROJECT, "Unga vägar (UNGVÄG)", 2, missing,
                LocalDate.of(2040, 3, 1), "UTB", Set.of("anna"));
    }

    @Test
    void aReportReminderShouldSayWhichProjectPeriodReportsAndDeadline() {
        ReminderText both = report(EnumSet.of(ReportKind.PROGRESS, ReportKind.FINANCIAL)).text(14);
        assertEquals("Påminnelse: lägesrapport och ekonomisk rapport för period 2 i projektet ”Unga vägar (UNGVÄG)” "
                + "ska lämnas senast 1 mars 2040 (om 14 dagar).", both.messageSv());
        assertEquals("Reminder: the progress report and financial report for period 2 of the project "
                + "\"Unga vägar (UNGVÄG)\" are due on 1 March 2040 (in 14 days).", both.messageEn());
        assertEquals("Påminnelse: rapport för period 2 i ”Unga vägar (UNGVÄG)” senast 2040-03-01", both.subject(Language.SV));
        assertEquals("Reminder: report for period 2 of \"Unga vägar (UNGVÄG)\" due 2040-03-01", both.subject(Language.EN));
        ReminderText financial = report(EnumSet.of(ReportKind.FINANCIAL)).text(1);
        assertEquals("Påminnelse: ekonomisk rapport för period 2 i projektet ”Unga vägar (UNGVÄG)” ska lämnas senast "
                + "1 mars 2040 (i morgon).", financial.messageSv());
        assertTrue(financial.messageEn().endsWith("(UNGVÄG)\" is due on 1 March 2040 (tomorrow)."),
                financial.messageEn());
    }

    @Test
    void aReportDeadlineShouldLastTheWholeDueDayInStockholm() {
        ReportDeadline deadline = report(EnumSet.of(ReportKind.PROGRESS));
        assertEquals(Instant.parse("2040-03-01T23:00:00Z"), deadline.at());
        assertEquals(NotificationKind.REPORT_DUE, deadline.kind());
        assertEquals("/projects/" + PROJECT, deadline.link());
    }

    @Test
    void aCallReminderShouldGiveTheClosingTimeInTheFundersZone() {
        CallDeadline deadline = new CallDeadline(APPLICATION, "Grön hamn", "HORIZON-CL5-2040-01", "Clean ports",
                Instant.parse("2040-04-16T15:00:00Z"), ZoneId.of("Europe/Brussels"), "UTB", Set.of());
        ReminderText text = deadline.text(3);
        assertEquals("Påminnelse: utlysningen ”HORIZON-CL5-2040-01 Clean ports” stänger 16 april 2040 kl. 17:00 "
                + "(Europe/Brussels), om 3 dagar. Ansökan ”Grön hamn” är inte inlämnad än.", text.messageSv());
        assertEquals("Reminder: the call \"HORIZON-CL5-2040-01 Clean ports\" closes on 16 April 2040 at 17:00 "
                + "(Europe/Brussels), in 3 days. The application \"Grön hamn\" has not been submitted yet.",
                text.messageEn());
        assertEquals("Påminnelse: utlysningen HORIZON-CL5-2040-01 stänger 2040-04-16", text.subject(Language.SV));
        assertEquals("Reminder: the call HORIZON-CL5-2040-01 closes 2040-04-16", text.subject(Language.EN));
        assertEquals(LocalDate.of(2040, 4, 16), deadline.day());
        assertEquals("CALL_DEADLINE/" + APPLICATION + "/2040-04-16T15:00:00Z", deadline.key());
    }

    @Test
    void anImmediateMailShouldBeInTheRecipientsLanguageOnlyWithTheLinkAndWhereToChangeIt() {
        ReminderText text = new ReminderText("Ämne", "Subject", "Svensk text.", "English text.");
        MailTexts.Mail sv = MailTexts.immediate(text, "/applications/1", "https://eu.example.se", Language.SV);
        assertEquals("Ämne", sv.subject());
        assertTrue(sv.body().startsWith("Svensk text.\nÖppna i EU-portalen: https://eu.example.se/applications/1\n"),
                sv.body());
        assertTrue(sv.body().contains("Välj själv hur du vill ha påminnelser"), sv.body());
        assertTrue(sv.body().contains("https://eu.example.se/notifications"), sv.body());
        assertFalse(sv.body().contains("English text."), sv.body());
        assertFalse(sv.body().contains("Open in"), sv.body());

        MailTexts.Mail en = MailTexts.immediate(text, "/applications/1", "https://eu.example.se", Language.EN);
        assertEquals("Subject", en.subject());
        assertTrue(en.body().startsWith("English text.\nOpen in the EU Project Portal: "
                + "https://eu.example.se/applications/1\n"), en.body());
        assertTrue(en.body().contains("Choose how you want reminders"), en.body());
        assertFalse(en.body().contains("Svensk text."), en.body());
        assertFalse(en.body().contains("Öppna"), en.body());
    }

    @Test
    void aDigestShouldListEveryItemOnceInTheRecipientsLanguage() {
        List<QueuedReminder> items = List.of(
                new QueuedReminder(UUID.randomUUID(), NotificationKind.REPORT_DUE, UUID.randomUUID(), Instant.EPOCH,
                        "Rapport A.", "Report A.", "/applications/a"),
                new QueuedReminder(UUID.randomUUID(), NotificationKind.CALL_DEADLINE, UUID.randomUUID(), Instant.EPOCH,
                        "Utlysning B.", "Call B.", "/applications/b"));
        MailTexts.Mail sv = MailTexts.digest(items, "http://localhost:5173", Language.SV);
        assertEquals("Daglig sammanfattning från EU-portalen: 2 påminnelser", sv.subject());
        assertTrue(sv.body().startsWith("Dina påminnelser från EU-portalen:\n\n1. Rapport A.\n"
                + "   http://localhost:5173/applications/a\n2. Utlysning B.\n   http://localhost:5173/applications/b\n"),
                sv.body());
        assertFalse(sv.body().contains("Report A."), sv.body());
        MailTexts.Mail en = MailTexts.digest(items, "http://localhost:5173", Language.EN);
        assertEquals("Daily summary from the EU Project Portal: 2 reminders", en.subject());
        assertTrue(en.body().startsWith("Your reminders from the EU Project Portal:\n\n1. Report A.\n"
                + "   http://localhost:5173/applications/a\n2. Call B.\n   http://localhost:5173/applications/b\n"),
                en.body());
        assertFalse(en.body().contains("Rapport A."), en.body());
        assertEquals("Daglig sammanfattning från EU-portalen: 1 påminnelse",
                MailTexts.digest(items.subList(0, 1), "x", Language.SV).subject());
        assertEquals("Daily summary from the EU Project Portal: 1 reminder",
                MailTexts.digest(items.subList(0, 1), "x", Language.EN).subject());
    }
}
