package se.sodertalje.euportal.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.sodertalje.euportal.organisation.Unit;

/** Builds idea views with their unit and the names of the programmes and calls considered, a page at a time. */
@ApplicationScoped
class IdeaViews {

    record Row(Idea idea, Unit unit) {
    }

    @Inject
    FundingReferences funding;

    IdeaView of(Idea idea) {
        return of(List.of(new Row(idea, Unit.findById(idea.unitId)))).get(0);
    }

    /** One look-up of programmes and one of calls for the whole page, not one per idea. */
    List<IdeaView> of(List<Row> rows) {
        Set<UUID> programmeIds = new HashSet<>();
        Set<UUID> callIds = new HashSet<>();
        rows.forEach(row -> {
            programmeIds.addAll(row.idea().programmeIds);
            callIds.addAll(row.idea().callIds);
        });
        Map<UUID, ScreeningView.ProgrammeRef> programmes = funding.programmesById(programmeIds);
        Map<UUID, ScreeningView.CallRef> calls = funding.callsById(callIds);
        return rows.stream().map(row -> IdeaMapper.view(row.idea(), row.unit(), programmes, calls)).toList();
    }
}
