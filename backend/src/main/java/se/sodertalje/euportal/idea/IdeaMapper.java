package se.sodertalje.euportal.idea;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.organisation.Unit;

/** Maps ideas to their API views and to history snapshots (API field names). */
final class IdeaMapper {

    private IdeaMapper() {
    }

    /**
     * @param programmes names of (at least) the idea's programmes, by id
     * @param calls identifiers and titles of (at least) the idea's calls, by id
     */
    static IdeaView view(Idea idea, Unit unit, Map<UUID, ScreeningView.ProgrammeRef> programmes,
            Map<UUID, ScreeningView.CallRef> calls) {
        return new IdeaView(idea.id, idea.unitId, unit.code, unit.name, idea.title, idea.description,
                idea.estimatedCost, idea.startDate, idea.endDate, idea.status,
                new Actor(idea.createdBySubject, idea.createdByName), idea.createdAt, idea.closedAt,
                screening(idea, programmes, calls), idea.version);
    }

    private static ScreeningView screening(Idea idea, Map<UUID, ScreeningView.ProgrammeRef> programmes,
            Map<UUID, ScreeningView.CallRef> calls) {
        if (!idea.isScreened()) {
            return null;
        }
        // Foreign keys keep every referenced programme and call in existence, so none is dropped here.
        List<ScreeningView.ProgrammeRef> considered = idea.programmeIds.stream().map(programmes::get)
                .filter(Objects::nonNull).sorted((a, b) -> a.code().compareTo(b.code())).toList();
        List<ScreeningView.CallRef> consideredCalls = idea.callIds.stream().map(calls::get)
                .filter(Objects::nonNull).sorted((a, b) -> a.identifier().compareTo(b.identifier())).toList();
        return new ScreeningView(idea.investigated, considered, consideredCalls, idea.outcome, idea.reason,
                new Actor(idea.screenedBySubject, idea.screenedByName), idea.screenedAt);
    }

    static Map<String, Object> snapshot(Idea idea) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unitId", idea.unitId);
        fields.put("title", idea.title);
        fields.put("description", idea.description);
        fields.put("estimatedCost", idea.estimatedCost == null ? null : idea.estimatedCost.toPlainString());
        fields.put("startDate", idea.startDate);
        fields.put("endDate", idea.endDate);
        fields.put("status", idea.status);
        fields.put("closedAt", idea.closedAt);
        fields.put("screening.investigated", idea.investigated);
        fields.put("screening.programmeIds", joined(idea.programmeIds));
        fields.put("screening.callIds", joined(idea.callIds));
        fields.put("screening.outcome", idea.outcome);
        fields.put("screening.reason", idea.reason);
        fields.put("screening.screenedBy", idea.screenedByName);
        fields.put("screening.screenedAt", idea.screenedAt);
        return fields;
    }

    private static String joined(Collection<UUID> ids) {
        return ids == null ? "" : ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
    }
}
