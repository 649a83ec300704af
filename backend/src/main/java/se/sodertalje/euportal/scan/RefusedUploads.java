package se.sodertalje.euportal.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.sodertalje.euportal.audit.Actor;
import se.sodertalje.euportal.common.Hashes;
import se.sodertalje.euportal.common.paging.Page;
import se.sodertalje.euportal.common.paging.PageParams;

/** The append-only log of refused uploads (migration V95). */
@ApplicationScoped
public class RefusedUploads {

    private static final String COLUMNS = "select id, at, kind, record_id, application_id, file_name, size_bytes, sha256, "
            + "signature, actor_subject, actor_name from refused_upload";

    @Inject
    EntityManager em;

    /** In a transaction of its own: the upload's transaction is rolled back, the record of its refusal stays. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Upload upload, String signature, Actor actor, Instant at) {
        em.createNativeQuery("insert into refused_upload (at, kind, record_id, application_id, file_name, size_bytes, "
                        + "sha256, signature, actor_subject, actor_name) values (:at, :kind, :record, :app, :name, :size, "
                        + ":sha, :sig, :subject, :actor)")
                .setParameter("at", at).setParameter("kind", upload.kind().name())
                .setParameter("record", upload.recordId()).setParameter("app", upload.applicationId())
                .setParameter("name", shortName(upload.fileName())).setParameter("size", (long) upload.content().length)
                .setParameter("sha", Hashes.sha256(upload.content())).setParameter("sig", cut(signature, 255))
                .setParameter("subject", actor.subject()).setParameter("actor", actor.name())
                .executeUpdate();
    }

    /** Every refusal, newest first; only those of one application's records when {@code applicationId} is given. */
    public Page<RefusedUploadView> all(PageParams paging, UUID applicationId) {
        String where = applicationId == null ? "" : " where application_id = :app";
        var count = em.createNativeQuery("select count(*) from refused_upload" + where);
        var rows = em.createNativeQuery(COLUMNS + where + " order by id desc");
        if (applicationId != null) {
            count.setParameter("app", applicationId);
            rows.setParameter("app", applicationId);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        rows.setFirstResult(paging.firstResult()).setMaxResults(paging.maxResults());
        return new Page<>(views(rows.getResultList()), paging.page, paging.size, total);
    }

    /** The refusals of one application's records and its project's, oldest first (beside the file log). */
    public List<RefusedUploadView> ofApplication(UUID applicationId) {
        return views(em.createNativeQuery(COLUMNS + " where application_id = :app order by id")
                .setParameter("app", applicationId).getResultList());
    }

    private static List<RefusedUploadView> views(List<?> rows) {
        List<RefusedUploadView> views = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String subject = (String) r[9];
            views.add(new RefusedUploadView(((Number) r[0]).longValue(), (Instant) r[1], UploadKind.valueOf((String) r[2]),
                    (UUID) r[3], (UUID) r[4], (String) r[5], ((Number) r[6]).longValue(), (String) r[7], (String) r[8],
                    new Actor(subject, r[10] == null ? subject : (String) r[10])));
        }
        return views;
    }

    /** The name as the user gave it, without control characters, within the column. */
    private static String shortName(String name) {
        return name == null ? null : cut(name.replaceAll("\\p{Cntrl}", ""), 255);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
