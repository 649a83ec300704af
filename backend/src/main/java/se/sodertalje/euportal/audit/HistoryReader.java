package se.sodertalje.euportal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import se.sodertalje.euportal.common.error.ApiProblem;

/** Reads a record's Envers revisions and turns them into a readable history, newest first. */
@ApplicationScoped
public class HistoryReader {

    @Inject
    EntityManager em;

    /**
     * The history of a record that may since have been deleted; 404 when the caller may not reach
     * it or nothing was ever recorded under that id.
     */
    public <T> List<HistoryEntry> historyOf(Class<T> type, Object id, boolean reachable,
            Function<T, Map<String, Object>> snapshot, String what) {
        List<HistoryEntry> entries = reachable ? history(type, id, snapshot) : List.of();
        if (entries.isEmpty()) {
            throw ApiProblem.notFound(what);
        }
        return entries;
    }

    /**
     * @param snapshot the record's audited fields by their API names, in display order
     */
    public <T> List<HistoryEntry> history(Class<T> type, Object id, Function<T, Map<String, Object>> snapshot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T entity = (T) row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Map<String, Object> current = entity == null ? Map.of() : new LinkedHashMap<>(snapshot.apply(entity));
            List<FieldChange> changes = revisionType == RevisionType.DEL ? List.of() : ChangeDiff.between(previous, current);
            entries.add(new HistoryEntry(revision.rev, Instant.ofEpochMilli(revision.timestamp),
                    new Actor(revision.actorSubject, revision.actorName), typeOf(revisionType), changes));
            previous = current;
        }
        Collections.reverse(entries);
        return entries;
    }

    /**
     * A record's history with its children's (every child it ever had, removed ones too: their audit
     * rows remain), newest first.
     *
     * @param childAuditTable the children's Envers table, e.g. "expenditure_aud"
     * @param parentColumn its column naming the parent, e.g. "report_id"
     */
    public <P, C> List<HistoryEntry> historyWithChildren(Class<P> type, Object id, Function<P, Map<String, Object>> snapshot,
            Class<C> childType, String childAuditTable, String parentColumn, Function<C, Map<String, Object>> childSnapshot) {
        return newestFirst(history(type, id, snapshot),
                childrenHistory(childType, childAuditTable, parentColumn, id, childSnapshot));
    }

    /**
     * The histories of every child a parent ever had (removed ones too), in no particular order: for a
     * parent whose package does not know its children's (the application and its partnership).
     */
    public <C> List<HistoryEntry> childrenHistory(Class<C> childType, String childAuditTable, String parentColumn,
            Object parentId, Function<C, Map<String, Object>> childSnapshot) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object child : em.createNativeQuery("select distinct id from " + childAuditTable + " where " + parentColumn
                + " = :parent").setParameter("parent", parentId).getResultList()) {
            entries.addAll(history(childType, child, childSnapshot));
        }
        return entries;
    }

    /** A record's history and its children's in one list, newest first. */
    public static List<HistoryEntry> newestFirst(List<HistoryEntry> parent, List<HistoryEntry> children) {
        List<HistoryEntry> entries = new ArrayList<>(parent);
        entries.addAll(children);
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    private static ChangeType typeOf(RevisionType type) {
        return switch (type) {
            case ADD -> ChangeType.CREATED;
            case MOD -> ChangeType.UPDATED;
            case DEL -> ChangeType.DELETED;
        };
    }
}
