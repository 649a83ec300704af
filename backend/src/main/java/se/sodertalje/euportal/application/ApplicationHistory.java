package se.sodertalje.euportal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.application.access.ApplicationAccess;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;

/**
 * An application's change history with its partnership's (a member's changes name the organisation
 * under "organisationId"), newest first: what auditors read besides the workflow's timeline.
 */
@ApplicationScoped
public class ApplicationHistory {

    @Inject
    ApplicationAccess applications;

    @Inject
    HistoryReader historyReader;

    @Inject
    PartnershipOfApplication partnership;

    public List<HistoryEntry> of(UUID id) {
        Application application = applications.reachable(id);
        return HistoryReader.newestFirst(historyReader.history(Application.class, application.id, ApplicationHistory::snapshot),
                partnership.history(application.id));
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
}
