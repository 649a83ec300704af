package se.sodertalje.euportal.task;

import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.readiness.ReadinessItem;

/** Where the SPA opens a task's record: the page and, after '#', the section to act on. */
final class TaskLinks {

    private TaskLinks() {
    }

    static String application(UUID id, String section) {
        return "/applications/" + id + (section == null ? "" : "#" + section);
    }

    /** The place to fix a draft's first missing item: its budget, its partnership, or its form. */
    static String draft(UUID id, List<ReadinessItem> missing) {
        if (missing.isEmpty()) {
            return application(id, "workflow-title");
        }
        return switch (missing.get(0).section()) {
            case BUDGET -> "/applications/" + id + "/budget";
            case PARTNERSHIP -> application(id, "partnership-title");
            default -> "/applications/" + id + "/edit";
        };
    }

    /** An application's budget, where its versions and change requests are listed. */
    static String budget(UUID applicationId) {
        return "/applications/" + applicationId + "/budget";
    }

    static String report(UUID id, String section) {
        return "/reports/" + id + "#" + section;
    }

    static String project(UUID id, String section) {
        return "/projects/" + id + (section == null ? "" : "#" + section);
    }

    static String call(UUID id) {
        return "/calls/" + id;
    }

    /** A unit without a coordinator: the form that adds one, for that unit. */
    static String coordinatorFor(UUID unit) {
        return "/contacts/new?unitId=" + unit + "&role=INTERNATIONAL_COORDINATOR";
    }
}
