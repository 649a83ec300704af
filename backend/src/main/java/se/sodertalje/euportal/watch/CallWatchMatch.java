package se.sodertalje.euportal.watch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A call a watch matched; {@code notified}: it came as news (not already there when the watch was saved). */
@Entity
@Table(name = "call_watch_match")
@IdClass(CallWatchMatch.Key.class)
public class CallWatchMatch extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID watchId;
        public UUID callId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(watchId, key.watchId)
                    && java.util.Objects.equals(callId, key.callId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(watchId, callId);
        }
    }

    @Id
    @Column(name = "watch_id")
    public UUID watchId;

    @Id
    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "matched_at")
    public Instant matchedAt;

    public boolean notified;
}
