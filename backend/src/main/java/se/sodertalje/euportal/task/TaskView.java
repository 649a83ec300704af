package se.sodertalje.euportal.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.sodertalje.euportal.readiness.ReadinessItem;

/**
 * One thing that waits for the caller: the record it concerns, its unit, why it waits (a code and
 * parameters, worded by the client), since when, and its due day (Stockholm) where there is one.
 */
@Schema(requiredProperties = {"kind", "record", "reason", "missing"})
public record TaskView(TaskKind kind, RecordRef record,
        @Schema(nullable = true, implementation = UnitRef.class) UnitRef unit, Reason reason,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant since,
        @Schema(nullable = true, implementation = String.class, format = "date") LocalDate due,
        @Schema(nullable = true, description = "Whole days since `since`, Stockholm time") Integer ageDays,
        @Schema(description = "What a draft still lacks (the application checklist's blocking items)")
        List<ReadinessItem> missing) {

    @Schema(name = "TaskRecordType")
    public enum RecordType {
        APPLICATION, REPORT, PROJECT, CALL, UNIT
    }

    /** The record and where the SPA opens it (the section to act on). */
    @Schema(name = "TaskRecord", requiredProperties = {"type", "id", "label", "link"})
    public record RecordRef(RecordType type, UUID id, String label, String link) {
    }

    @Schema(name = "TaskUnit", requiredProperties = {"id", "code", "name"})
    public record UnitRef(UUID id, String code, String name) {
    }

    /** Why it waits: a stable code with its parameters (dates ISO 8601, numbers plain). */
    @Schema(name = "TaskReason", requiredProperties = {"code", "params"})
    public record Reason(String code, Map<String, String> params) {
    }

    /** The identity of a task: a record appears once per kind and due day, however many roles bring it. */
    String key() {
        return kind + "/" + record.id() + "/" + due;
    }
}
