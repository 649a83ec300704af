package se.sodertalje.euportal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;
import se.sodertalje.euportal.partner.partnership.ApplicationPartner;

/**
 * An application's change history with its partnership's (a member's changes name the organisation
 * under "organisationId"), newest first: what auditors read besides the workflow's timeline.
 */
@ApplicationScoped
public class ApplicationHistory {

    @Inject
    ApplicationService applications;

    @Inject
    HistoryReader historyReader;

    @Inject
    EntityManager em;

    public List<HistoryEntry> of(UUID id) {
        Application application = applications.reachable(id);
        List<HistoryEntry> entries = new ArrayList<>(historyReader.history(Application.class, application.id,
                ApplicationHistory::snapshot));
        // Every member the partnership ever had, removed ones too: their audit rows remain.
        for (Object member : em.createNativeQuery("select distinct id from application_partner_aud where application_id = :a")
                .setParameter("a", application.id).getResultList()) {
            entries.addAll(historyReader.history(ApplicationPartner.class, member, ApplicationHistory::snapshot));
        }
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    private static Map<String, Object> snapshot(Application a) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", a.title);
        values.put("acronym", a.acronym);
        values.put("summary", a.summary);
        values.put("objectives", a.objectives);
        values.put("workPackages", a.workPackages);
        values.put("callId", a.callId);
        values.put("periodStart", a.periodStart);
        values.put("periodEnd", a.periodEnd);
        values.put("status", a.status);
        values.put("internalStatus", a.internalStatus);
        values.put("funderReference", a.funderReference);
        values.put("submittedOn", a.submittedOn);
        values.put("decisionOn", a.decisionOn);
        values.put("grantedAmount", a.grantedAmount);
        values.put("rejectionReason", a.rejectionReason);
        return values;
    }

    private static Map<String, Object> snapshot(ApplicationPartner p) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("organisationId", p.organisationId);
        values.put("role", p.role);
        return values;
    }
}
