package se.sodertalje.euportal.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import se.sodertalje.euportal.report.ReportKind;
import se.sodertalje.euportal.report.ReportStatus;
import se.sodertalje.euportal.security.Roles;

/** Who is reminded of which deadline, and when: plain rules, tested without Quarkus. */
public final class ReminderRules {

    private ReminderRules() {
    }

    /**
     * The lead time (days before the deadline) whose reminder is due today: the shortest lead time
     * not shorter than the days left. So with 14 and 3, a deadline 10 days away is reminded of with
     * the 14-day reminder, one 2 days away with the 3-day one (the 14-day one, if missed, is not sent
     * late). None before the longest lead time or after the deadline day.
     */
    public static OptionalInt dueLead(LocalDate today, LocalDate deadlineDay, Collection<Integer> leadDays) {
        long left = ChronoUnit.DAYS.between(today, deadlineDay);
        if (left < 0) {
            return OptionalInt.empty();
        }
        return leadDays.stream().mapToInt(Integer::intValue).filter(lead -> lead >= left).min();
    }

    /** A report is handed in once submitted, whatever happened after, unless it was returned. */
    public static boolean handedIn(ReportStatus status) {
        return status != ReportStatus.DRAFT && status != ReportStatus.RETURNED;
    }

    /** The reports of a period still to hand in: progress and financial, less those handed in. */
    public static Set<ReportKind> missing(Set<ReportKind> handedIn) {
        Set<ReportKind> missing = EnumSet.of(ReportKind.PROGRESS, ReportKind.FINANCIAL);
        missing.removeAll(handedIn);
        return missing;
    }

    /** Whether the user (unit codes and roles comma-separated, as app_user stores them) coordinates the unit. */
    public static boolean coordinates(String unitCode, String units, String roles) {
        return Roles.coordinates(unitCode, units, roles);
    }

    /**
     * Who is reminded: the people on the team (the application's author and its team members) and
     * the unit's international coordinators, among the known users (subject to units and roles).
     */
    public static Set<String> recipients(Collection<String> team, String unitCode, Map<String, Recipient> users) {
        Set<String> recipients = new LinkedHashSet<>();
        team.stream().filter(users::containsKey).forEach(recipients::add);
        users.values().stream().filter(u -> coordinates(unitCode, u.units(), u.roles()))
                .map(Recipient::subject).sorted().forEach(recipients::add);
        return recipients;
    }
}
