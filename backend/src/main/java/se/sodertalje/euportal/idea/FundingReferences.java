package se.sodertalje.euportal.idea;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.sodertalje.euportal.common.error.FieldError;
import se.sodertalje.euportal.common.error.ProblemCode;

/** Looks up the programmes and calls a screening names: existence for validation, names for the view. */
@ApplicationScoped
class FundingReferences {

    @Inject
    EntityManager em;

    Map<UUID, ScreeningView.ProgrammeRef> programmesById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select new se.sodertalje.euportal.idea.ScreeningView$ProgrammeRef(p.id, p.code, p.name, p.fund)"
                        + " from Programme p where p.id in :ids", ScreeningView.ProgrammeRef.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ScreeningView.ProgrammeRef::id, Function.identity()));
    }

    Map<UUID, ScreeningView.CallRef> callsById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select new se.sodertalje.euportal.idea.ScreeningView$CallRef(c.id, c.identifier, c.title,"
                        + " c.programmeId) from FundingCall c where c.id in :ids", ScreeningView.CallRef.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ScreeningView.CallRef::id, Function.identity()));
    }

    /** A field error for every id that names no programme or call, e.g. {@code callIds[1]}. */
    List<FieldError> unknown(List<UUID> programmeIds, List<UUID> callIds) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> programmes = programmesById(Set.copyOf(programmeIds)).keySet();
        Set<UUID> calls = callsById(Set.copyOf(callIds)).keySet();
        for (int i = 0; i < programmeIds.size(); i++) {
            if (!programmes.contains(programmeIds.get(i))) {
                errors.add(new FieldError("programmeIds[" + i + "]", "no such programme", ProblemCode.EXISTS));
            }
        }
        for (int i = 0; i < callIds.size(); i++) {
            if (!calls.contains(callIds.get(i))) {
                errors.add(new FieldError("callIds[" + i + "]", "no such call", ProblemCode.EXISTS));
            }
        }
        return errors;
    }
}
