package se.sodertalje.euportal.audit;

import java.time.Instant;
import java.util.List;

/** One revision of a record: who changed what, when. */
public record HistoryEntry(long revision, Instant timestamp, Actor actor, ChangeType type, List<FieldChange> changes) {
}
