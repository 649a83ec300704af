package se.sodertalje.euportal.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The log of stored files (attachments and evidence): database triggers write it on every upload and
 * deletion (migration V77), so no path can leave a file out. A deletion learns who deletes from the
 * transaction-local settings made here; one without them is recorded as the database's own.
 */
@ApplicationScoped
public class FileLog {

    /** Why files leave the store. */
    public enum Removal {
        /** Removed by the unit while the record could still change. */
        DELETED,
        /** Removed after the retention date, on an archived project. */
        PURGED
    }

    @Inject
    EntityManager em;

    /** Names who deletes files in this transaction, and why; call before the deletion. */
    public void removing(Actor actor, Removal removal) {
        em.createNativeQuery("select set_config('euportal.file_actor_subject', :s, true), "
                        + "set_config('euportal.file_actor_name', :n, true), set_config('euportal.file_action', :a, true)")
                .setParameter("s", actor.subject()).setParameter("n", actor.name() == null ? "" : actor.name())
                .setParameter("a", removal.name()).getSingleResult();
    }

    /** Everything that happened to the files of an application and of its project's claims, oldest first. */
    public List<FileLogEntry> ofApplication(UUID applicationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select at, action, kind, file_id, report_id, expenditure_id, file_name, "
                        + "size_bytes, sha256, actor_subject, actor_name from file_log where application_id = :a order by id")
                .setParameter("a", applicationId).getResultList();
        return rows.stream().map(r -> new FileLogEntry((Instant) r[0],
                FileLogEntry.Action.valueOf((String) r[1]), FileLogEntry.Kind.valueOf((String) r[2]), (UUID) r[3],
                (UUID) r[4], (UUID) r[5], (String) r[6], ((Number) r[7]).longValue(), (String) r[8],
                new Actor((String) r[9], r[10] == null ? (String) r[9] : (String) r[10]))).toList();
    }
}
