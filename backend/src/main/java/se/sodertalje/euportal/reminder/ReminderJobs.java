package se.sodertalje.euportal.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * The schedule: reminders hourly in the daytime (REMINDER_CRON), the digest every morning (REMINDER_DIGEST_CRON),
 * Stockholm time. Every backend instance runs them; the service makes sure each reminder goes out once.
 */
@ApplicationScoped
public class ReminderJobs {

    private static final Logger LOG = Logger.getLogger(ReminderJobs.class);

    @Inject
    ReminderService reminders;

    @Inject
    Clock clock;

    @Scheduled(identity = "reminders", cron = "${euportal.reminders.cron}", timeZone = "Europe/Stockholm",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        ReminderService.Run run = reminders.runReminders(clock.instant());
        if (run.immediate() + run.queued() + run.failed() > 0) {
            LOG.infof("Reminders: %d sent, %d queued for the digest, %d failed", run.immediate(), run.queued(),
                    run.failed());
        } else {
            // Every run, even one that found everything recorded already (by this or another instance).
            LOG.debug("Reminders: nothing new to send");
        }
    }

    @Scheduled(identity = "reminder-digest", cron = "${euportal.reminders.digest-cron}", timeZone = "Europe/Stockholm",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void digest() {
        int sent = reminders.runDigest(clock.instant());
        if (sent > 0) {
            LOG.infof("Reminder digest: %d e-mails sent", sent);
        }
    }
}
