package se.sodertalje.euportal.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.sodertalje.euportal.reminder.ReminderFixtures.body;
import static se.sodertalje.euportal.reminder.ReminderFixtures.mailsTo;
import static se.sodertalje.euportal.reminder.ReminderFixtures.subject;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.reminder.ReminderFixtures.Person;
import se.sodertalje.euportal.support.SmtpServer.InjectSmtpServer;

/**
 * The reminder and digest jobs run "as of" chosen instants against the real database and a real SMTP
 * server. Each test uses deadlines in a month of 2040 of its own, so the jobs see only its records.
 */
@QuarkusTest
class ReminderJobTest {

    @Inject
    ReminderService reminders;

    @Inject
    EntityManager em;

    @InjectSmtpServer
    GreenMail smtp;

    @Test
    void eachReminderShouldGoOutOnceEvenWhenTwoInstancesRunAtOnce() throws Exception {
        ReminderFixtures f = new ReminderFixtures(em);
        String identifier = "HORIZON-" + f.code;
        String call = f.call(identifier, Instant.parse("2040-02-20T16:00:00Z"));
        String draft = f.draft("Grön hamn", call);
        Instant tenDaysBefore = Instant.parse("2040-02-10T08:00:00Z");

        List<ReminderService.Run> runs = concurrently(2, () -> reminders.runReminders(tenDaysBefore));

        assertEquals(3, runs.stream().mapToInt(ReminderService.Run::immediate).sum(), runs.toString());
        assertEquals(0, runs.stream().mapToInt(ReminderService.Run::failed).sum(), runs.toString());
        String expected = "Påminnelse: utlysningen ”" + identifier + " Gröna hamnar” stänger 20 februari 2040 kl. 17:00 "
                + "(Europe/Brussels), om 10 dagar. Ansökan ”Grön hamn” är inte inlämnad än.";
        for (Person person : List.of(f.applicant, f.colleague, f.coordinator)) {
            assertEquals(List.of(expected), messages(person, "CALL_DEADLINE"), person.subject());
            assertEquals(List.of("/applications/" + draft), links(person, "CALL_DEADLINE"));
            List<MimeMessage> mails = mailsTo(smtp, person.email());
            assertEquals(1, mails.size(), person.email());
            assertEquals("Påminnelse: utlysningen " + identifier + " stänger 2040-02-20", subject(mails.get(0)));
            String text = body(mails.get(0));
            assertTrue(text.startsWith(expected + "\nÖppna i EU-portalen: http://localhost:5173/applications/" + draft),
                    text);
            assertFalse(text.contains("The application"), "one language, the recipient's: " + text);
        }

        // The same lead time again (later that day, the next day): nothing new.
        assertEquals(new ReminderService.Run(0, 0, 0), reminders.runReminders(tenDaysBefore.plusSeconds(3600)));
        assertEquals(new ReminderService.Run(0, 0, 0), reminders.runReminders(Instant.parse("2040-02-11T08:00:00Z")));
        // The 3-day reminder, once, even with two instances; none after the deadline.
        runs = concurrently(2, () -> reminders.runReminders(Instant.parse("2040-02-18T08:00:00Z")));
        assertEquals(3, runs.stream().mapToInt(ReminderService.Run::immediate).sum(), runs.toString());
        assertEquals(new ReminderService.Run(0, 0, 0), reminders.runReminders(Instant.parse("2040-02-20T16:00:01Z")));
        for (Person person : List.of(f.applicant, f.colleague, f.coordinator)) {
            assertEquals(2, messages(person, "CALL_DEADLINE").size());
            assertEquals(2, mailsTo(smtp, person.email()).size());
        }
        assertTrue(messages(f.applicant, "CALL_DEADLINE").get(0).contains("om 2 dagar"));
    }

    @Test
    void digestShouldSendOneMailListingWhatImmediateSendsAtOnce() {
        ReminderFixtures f = new ReminderFixtures(em);
        prefer(f.colleague, "DIGEST");
        prefer(f.coordinator, "OFF");
        f.projectPeriod("Unga vägar", "UV" + f.code.substring(3), LocalDate.of(2040, 5, 20));
        String identifier = "ERASMUS-" + f.code;
        String draft = f.draft("Utbyte i Europa", f.call(identifier, Instant.parse("2040-05-22T15:00:00Z")));

        ReminderService.Run run = reminders.runReminders(Instant.parse("2040-05-18T06:00:00Z"));

        assertEquals(new ReminderService.Run(2, 2, 0), run);
        List<MimeMessage> immediate = mailsTo(smtp, f.applicant.email());
        assertEquals(2, immediate.size());
        assertEquals(1, messages(f.applicant, "REPORT_DUE").size());
        assertEquals(1, messages(f.applicant, "CALL_DEADLINE").size());
        assertTrue(messages(f.applicant, "REPORT_DUE").get(0).contains("lägesrapport och ekonomisk rapport för period 1 "
                + "i projektet ”Unga vägar (UV" + f.code.substring(3) + ")” ska lämnas senast 20 maj 2040 (om 2 dagar)"));
        assertEquals(0, mailsTo(smtp, f.colleague.email()).size());
        assertEquals(List.of(), messages(f.colleague, null));
        assertEquals(0, mailsTo(smtp, f.coordinator.email()).size());

        assertTrue(reminders.runDigest(Instant.parse("2040-05-19T05:00:00Z")) >= 1);

        List<MimeMessage> digest = mailsTo(smtp, f.colleague.email());
        assertEquals(1, digest.size());
        assertEquals("Daglig sammanfattning från EU-portalen: 2 påminnelser", subject(digest.get(0)));
        String text = body(digest.get(0));
        assertTrue(text.contains("1. Påminnelse: lägesrapport och ekonomisk rapport för period 1"), text);
        assertTrue(text.contains("2. Påminnelse: utlysningen ”" + identifier), text);
        assertTrue(text.contains("http://localhost:5173/applications/" + draft), text);
        assertFalse(text.contains("Your reminders"), "one language, the recipient's: " + text);
        assertEquals(1, messages(f.colleague, "REPORT_DUE").size());
        assertEquals(1, messages(f.colleague, "CALL_DEADLINE").size());
        assertEquals(2, mailsTo(smtp, f.applicant.email()).size(), "the digest is only for those who chose it");
        assertEquals(List.of(), messages(f.coordinator, null));
        assertEquals(0, mailsTo(smtp, f.coordinator.email()).size());

        // Each queued item goes out once, even with two instances.
        assertEquals(List.of(0, 0), concurrently(2, () -> reminders.runDigest(Instant.parse("2040-05-19T05:00:01Z"))));
        assertEquals(1, mailsTo(smtp, f.colleague.email()).size());
    }

    @Test
    void handedInReportsAndSubmittedApplicationsShouldStopTheirReminders() {
        ReminderFixtures f = new ReminderFixtures(em);
        prefer(f.colleague, "DIGEST");
        LocalDate due = LocalDate.of(2040, 8, 20);
        UUID half = f.projectPeriod("Halvvägs", null, due);
        f.report(half, "PROGRESS", "SUBMITTED");
        f.report(half, "FINANCIAL", "DRAFT");
        UUID done = f.projectPeriod("Klart", null, due);
        f.report(done, "PROGRESS", "ACCEPTED");
        f.report(done, "FINANCIAL", "SENT_TO_FUNDER");
        UUID returned = f.projectPeriod("Tillbaka", null, due);
        f.report(returned, "PROGRESS", "RETURNED");
        String submitted = f.draft("Inlämnad", f.call("LIFE-" + f.code, Instant.parse("2040-08-25T15:00:00Z")));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update application set status = 'SUBMITTED' where id = ?1")
                .setParameter(1, UUID.fromString(submitted)).executeUpdate());

        reminders.runReminders(Instant.parse("2040-08-10T06:00:00Z"));

        List<String> notices = messages(f.applicant, "REPORT_DUE");
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(notices.stream().anyMatch(m -> m.startsWith("Påminnelse: ekonomisk rapport för period 1 i projektet "
                + "”Halvvägs”")), notices.toString());
        assertTrue(notices.stream().anyMatch(m -> m.startsWith("Påminnelse: lägesrapport och ekonomisk rapport för "
                + "period 1 i projektet ”Tillbaka”")), notices.toString());
        assertEquals(List.of(), messages(f.applicant, "CALL_DEADLINE"));

        // Handed in after the reminder was queued: the digest leaves it out.
        f.report(half, "FINANCIAL", "SUBMITTED");
        f.report(returned, "PROGRESS", "SUBMITTED");
        f.report(returned, "FINANCIAL", "SUBMITTED");
        reminders.runDigest(Instant.parse("2040-08-11T05:00:00Z"));
        assertEquals(List.of(), messages(f.colleague, null));
        assertEquals(0, mailsTo(smtp, f.colleague.email()).size());
        assertEquals(new ReminderService.Run(0, 0, 0), reminders.runReminders(Instant.parse("2040-08-18T06:00:00Z")));
    }

    @Test
    void eachPersonShouldGetNoticesAndMailsInTheirOwnLanguage() {
        ReminderFixtures f = new ReminderFixtures(em);
        language(f.colleague, "EN");
        language(f.coordinator, "EN");
        prefer(f.coordinator, "DIGEST");
        String identifier = "LIFE-" + f.code;
        String draft = f.draft("Grön hamn", f.call(identifier, Instant.parse("2040-11-20T16:00:00Z")));

        assertEquals(new ReminderService.Run(2, 1, 0), reminders.runReminders(Instant.parse("2040-11-10T08:00:00Z")));

        String sv = "Påminnelse: utlysningen ”" + identifier + " Gröna hamnar” stänger 20 november 2040 kl. 17:00 "
                + "(Europe/Brussels), om 10 dagar. Ansökan ”Grön hamn” är inte inlämnad än.";
        String en = "Reminder: the call \"" + identifier + " Gröna hamnar\" closes on 20 November 2040 at 17:00 "
                + "(Europe/Brussels), in 10 days. The application \"Grön hamn\" has not been submitted yet.";
        String url = "http://localhost:5173/applications/" + draft;
        // Anna never chose: Swedish.
        assertEquals(List.of(sv), messages(f.applicant, "CALL_DEADLINE"));
        MimeMessage swedish = mailsTo(smtp, f.applicant.email()).get(0);
        assertEquals("Påminnelse: utlysningen " + identifier + " stänger 2040-11-20", subject(swedish));
        assertTrue(body(swedish).startsWith(sv + "\nÖppna i EU-portalen: " + url + "\n"), body(swedish));
        assertFalse(body(swedish).contains("Reminder"), body(swedish));
        // Kim chose English: the notice and the e-mail are in English only.
        assertEquals(List.of(en), messages(f.colleague, "CALL_DEADLINE"));
        List<MimeMessage> mails = mailsTo(smtp, f.colleague.email());
        assertEquals(1, mails.size());
        assertEquals("Reminder: the call " + identifier + " closes 2040-11-20", subject(mails.get(0)));
        String english = body(mails.get(0));
        assertTrue(english.startsWith(en + "\nOpen in the EU Project Portal: " + url + "\n"), english);
        assertTrue(english.contains("Choose how you want reminders"), english);
        assertFalse(english.contains("Påminnelse") || english.contains("Öppna") || english.contains("Välj"), english);
        // The notice is shown in the reader's language of the moment.
        language(f.colleague, "SV");
        assertEquals(List.of(sv), messages(f.colleague, "CALL_DEADLINE"));

        // Cora chose English and the daily digest.
        reminders.runDigest(Instant.parse("2040-11-11T05:00:00Z"));
        List<MimeMessage> digest = mailsTo(smtp, f.coordinator.email());
        assertEquals(1, digest.size());
        assertEquals("Daily summary from the EU Project Portal: 1 reminder", subject(digest.get(0)));
        String text = body(digest.get(0));
        assertTrue(text.startsWith("Your reminders from the EU Project Portal:\n\n1. " + en + "\n   " + url), text);
        assertFalse(text.contains("Påminnelse"), text);
        assertEquals(List.of(en), messages(f.coordinator, "CALL_DEADLINE"));
    }

    private static void language(Person person, String language) {
        person.api().put("/api/v1/me/language", null, Map.of("language", language)).then().statusCode(200)
                .body("language", org.hamcrest.Matchers.equalTo(language))
                .body("chosen", org.hamcrest.Matchers.equalTo(true));
    }

    private static void prefer(Person person, String delivery) {
        person.api().put("/api/v1/notifications/preferences", null, List.of(
                Map.of("kind", "REPORT_DUE", "delivery", delivery),
                Map.of("kind", "CALL_DEADLINE", "delivery", delivery))).then().statusCode(200);
    }

    /** The person's notifications of the kind (all when null), newest first. */
    private static List<String> messages(Person person, String kind) {
        return person.api().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList(kind == null ? "findAll { it.kind != 'ADDED_TO_TEAM' }.message"
                        : "findAll { it.kind == '" + kind + "' }.message", String.class);
    }

    private static List<String> links(Person person, String kind) {
        return person.api().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == '" + kind + "' }.link", String.class);
    }

    /** Runs the job on {@code threads} threads released at the same moment, as separate instances would. */
    private static <T> List<T> concurrently(int threads, java.util.concurrent.Callable<T> job) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            start.countDown();
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
