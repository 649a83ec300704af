package se.sodertalje.euportal.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
        assertEquals("Påminnelse: rapport för period 2 i ”Unga vägar (UNGVÄG)” senast 2040-03-01", both.subject());
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
        assertEquals("Påminnelse: utlysningen HORIZON-CL5-2040-01 stänger 2040-04-16", text.subject());
        assertEquals(LocalDate.of(2040, 4, 16), deadline.day());
        assertEquals("CALL_DEADLINE/" + APPLICATION + "/2040-04-16T15:00:00Z", deadline.key());
    }

    @Test
    void anImmediateMailShouldCarryBothLanguagesTheLinkAndWhereToChangeIt() {
        MailTexts.Mail mail = MailTexts.immediate(new ReminderText("Ämne", "Svensk text.", "English text."),
                "/applications/1", "https://eu.example.se");
        assertEquals("Ämne", mail.subject());
        assertTrue(mail.body().startsWith("Svensk text.\nÖppna i EU-portalen: https://eu.example.se/applications/1\n\n"
                + "English text.\nOpen in the EU Project Portal: https://eu.example.se/applications/1\n"), mail.body());
        assertTrue(mail.body().contains("https://eu.example.se/notifications"), mail.body());
    }

    @Test
    void aDigestShouldListEveryItemOnceInEachLanguage() {
        List<QueuedReminder> items = List.of(
                new QueuedReminder(UUID.randomUUID(), NotificationKind.REPORT_DUE, UUID.randomUUID(), Instant.EPOCH,
                        "Rapport A.", "Report A.", "/applications/a"),
                new QueuedReminder(UUID.randomUUID(), NotificationKind.CALL_DEADLINE, UUID.randomUUID(), Instant.EPOCH,
                        "Utlysning B.", "Call B.", "/applications/b"));
        MailTexts.Mail mail = MailTexts.digest(items, "http://localhost:5173");
        assertEquals("Daglig sammanfattning från EU-portalen: 2 påminnelser", mail.subject());
        assertTrue(mail.body().contains("1. Rapport A.\n   http://localhost:5173/applications/a\n"
                + "2. Utlysning B.\n   http://localhost:5173/applications/b\n"), mail.body());
        assertTrue(mail.body().contains("1. Report A.\n   http://localhost:5173/applications/a\n"
                + "2. Call B.\n   http://localhost:5173/applications/b\n"), mail.body());
        assertEquals("Daglig sammanfattning från EU-portalen: 1 påminnelse",
                MailTexts.digest(items.subList(0, 1), "x").subject());
    }
}
