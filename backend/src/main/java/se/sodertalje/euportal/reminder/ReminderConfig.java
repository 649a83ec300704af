package se.sodertalje.euportal.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** euportal.reminders.*: when reminders go out and where their links point. */
@ConfigMapping(prefix = "euportal.reminders")
public interface ReminderConfig {

    /** Days before a deadline that a reminder is sent (REMINDER_LEAD_DAYS, e.g. 14,3). */
    @WithDefault("14,3")
    List<Integer> leadDays();

    /** Days before an event begins that its participants are reminded (EVENT_REMINDER_LEAD_DAYS, e.g. 1). */
    @WithDefault("1")
    List<Integer> eventLeadDays();

    /** The SPA's address, for the links in e-mails (PORTAL_URL). */
    @WithDefault("http://localhost:5173")
    String portalUrl();

    /** When the reminders run (REMINDER_CRON, Stockholm time; read by ReminderJobs). */
    @WithDefault("0 15 7-18 * * ?")
    String cron();

    /** When the daily digest goes out (REMINDER_DIGEST_CRON, Stockholm time; read by ReminderJobs). */
    @WithDefault("0 0 7 * * ?")
    String digestCron();

    default int longestLead() {
        return java.util.stream.Stream.concat(leadDays().stream(), eventLeadDays().stream()).mapToInt(Integer::intValue)
                .max().orElse(0);
    }

    default String portalBase() {
        String url = portalUrl();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
