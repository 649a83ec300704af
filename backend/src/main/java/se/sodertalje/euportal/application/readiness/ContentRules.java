package se.sodertalje.euportal.application.readiness;

import static se.sodertalje.euportal.readiness.ReadinessItem.Section.CALL;
import static se.sodertalje.euportal.readiness.ReadinessItem.Section.DESCRIPTION;
import static se.sodertalje.euportal.readiness.ReadinessItem.Section.PERIOD;
import static se.sodertalje.euportal.readiness.ReadinessItem.Section.WORK_PACKAGES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.sodertalje.euportal.application.Application;
import se.sodertalje.euportal.common.error.ProblemCode;
import se.sodertalje.euportal.readiness.ReadinessItem;

/**
 * What an application's own content needs before it goes on, with stable codes:
 * <ul>
 * <li>READINESS-001 a call chosen ({@code callId});</li>
 * <li>READINESS-002 a project period: its start and its end ({@code periodStart}, {@code periodEnd});</li>
 * <li>READINESS-003 the period starts before it ends ({@code periodEnd});</li>
 * <li>READINESS-004 the period ends by the programme's last day of eligible expenditure, where its rule
 * set states one ({@code periodEnd});</li>
 * <li>READINESS-005 a title, READINESS-006 an acronym, READINESS-007 a summary;</li>
 * <li>READINESS-008 work packages: advised, never blocking (small applications may describe the work in
 * the summary).</li>
 * </ul>
 */
public final class ContentRules {

    private ContentRules() {
    }

    /** @param eligibleUntil the programme's last day of eligible expenditure, or null when it has none */
    public static List<ReadinessItem> missing(Application application, LocalDate eligibleUntil) {
        List<ReadinessItem> items = new ArrayList<>();
        if (application.callId == null) {
            items.add(ReadinessItem.blocking(ProblemCode.READINESS_001, "callId", CALL, "choose the call the application answers"));
        }
        LocalDate start = application.periodStart;
        LocalDate end = application.periodEnd;
        if (start == null) {
            items.add(ReadinessItem.blocking(ProblemCode.READINESS_002, "periodStart", PERIOD, "give the project's first day"));
        }
        if (end == null) {
            items.add(ReadinessItem.blocking(ProblemCode.READINESS_002, "periodEnd", PERIOD, "give the project's last day"));
        }
        if (start != null && end != null && !start.isBefore(end)) {
            items.add(ReadinessItem.blocking(ProblemCode.READINESS_003, "periodEnd", PERIOD, "the project must end after it starts"));
        }
        if (end != null && eligibleUntil != null && end.isAfter(eligibleUntil)) {
            items.add(ReadinessItem.blocking(ProblemCode.READINESS_004, "periodEnd", PERIOD,
                    "the programme's costs are eligible until " + eligibleUntil + "; end the project by then")
                    .about(eligibleUntil.toString()));
        }
        if (blank(application.title)) {
            items.add(ReadinessItem.blocking(ProblemCode.READINESS_005, "title", DESCRIPTION, "give the application a title"));
        }
        if (blank(application.acronym)) {
            items.add(ReadinessItem.blocking(ProblemCode.READINESS_006, "acronym", DESCRIPTION, "give the project an acronym"));
        }
        if (blank(application.summary)) {
            items.add(ReadinessItem.blocking(ProblemCode.READINESS_007, "summary", DESCRIPTION, "summarise the project"));
        }
        if (application.workPackages == null || application.workPackages.isEmpty()) {
            items.add(ReadinessItem.advised(ProblemCode.READINESS_008, "workPackages", WORK_PACKAGES,
                    "describe the work in work packages (advised: reviewers and funders expect them)"));
        }
        return items;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
