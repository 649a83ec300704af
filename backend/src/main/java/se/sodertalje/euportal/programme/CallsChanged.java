package se.sodertalje.euportal.programme;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Calls were created or changed (by hand or by an import), fired inside the transaction that changed
 * them, so what observers record (watch matches, notices) exists exactly when the change does.
 */
public record CallsChanged(List<Change> changes) {

    /**
     * One call: {@code previousClosesAt} is null for a new call; {@code cancelledNow} when this change
     * is the one that cancelled it.
     */
    public record Change(UUID callId, Instant previousClosesAt, boolean cancelledNow) {

        public boolean created() {
            return previousClosesAt == null;
        }
    }
}
