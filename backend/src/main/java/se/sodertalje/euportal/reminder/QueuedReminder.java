package se.sodertalje.euportal.reminder;

import java.time.Instant;
import java.util.UUID;
import se.sodertalje.euportal.notification.NotificationKind;

/** A reminder waiting for its recipient's daily digest. */
public record QueuedReminder(UUID id, NotificationKind kind, UUID deadlineId, Instant deadlineAt, String messageSv,
        String messageEn, String link) {

    /** The {@link Deadline#key()} of the deadline it reminds of. */
    public String deadlineKey() {
        return kind + "/" + deadlineId + "/" + deadlineAt;
    }
}
