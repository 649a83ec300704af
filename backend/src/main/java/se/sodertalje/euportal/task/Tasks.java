package se.sodertalje.euportal.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.readiness.ReadinessItem;
import se.sodertalje.euportal.task.TaskView.Reason;
import se.sodertalje.euportal.task.TaskView.RecordRef;
import se.sodertalje.euportal.task.TaskView.RecordType;
import se.sodertalje.euportal.task.TaskView.UnitRef;

/** Builds tasks from query rows: the common parts (unit, dates, age, parameters) in one place. */
final class Tasks {

    private Tasks() {
    }

    static TaskView task(TaskKind kind, RecordType type, UUID id, String label, String link, Object[] unit,
            Reason reason, Instant since, LocalDate due, List<ReadinessItem> missing, LocalDate today) {
        return new TaskView(kind, new RecordRef(type, id, label, link), unitRef(unit), reason, since, due,
                since == null ? null : (int) ChronoUnit.DAYS.between(day(since), today), missing);
    }

    /** A unit from three row columns (id, code, name), or none when the id is null. */
    static Object[] unit(Object[] row, int first) {
        return new Object[] {row[first], row[first + 1], row[first + 2]};
    }

    private static UnitRef unitRef(Object[] unit) {
        return unit == null || unit[0] == null ? null : new UnitRef((UUID) unit[0], (String) unit[1], (String) unit[2]);
    }

    /** A reason with parameters given as name, value pairs; null values are left out. */
    static Reason reason(String code, Object... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            if (params[i + 1] != null) {
                map.put((String) params[i], String.valueOf(params[i + 1]));
            }
        }
        return new Reason(code, map);
    }

    /** The Stockholm day of an instant: deadlines and ages count in the municipality's days. */
    static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(Clocks.STOCKHOLM).toLocalDate();
    }

    /** The start of a day in Stockholm, for "since" of a date-only event. */
    static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Clocks.STOCKHOLM).toInstant();
    }
}
