package se.sodertalje.euportal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.audit.HistoryEntry;
import se.sodertalje.euportal.audit.HistoryReader;

/** What happened to a report: its workflow's timeline and its change history with its expenditure lines'. */
@ApplicationScoped
public class ReportHistory {

    @Inject
    ReportAccess access;

    @Inject
    HistoryReader historyReader;

    public List<ReportTimelineEntry> timeline(UUID id) {
        ProjectReport report = access.reachable(id);
        return ReportTransition.<ReportTransition>list("reportId = ?1 order by at, id", report.id).stream()
                .map(ReportTimelineEntry::of).toList();
    }

    /**
     * The report's change history with its expenditure lines' (a line's changes name it under
     * "expenditure"), newest first.
     */
    public List<HistoryEntry> history(UUID id) {
        ProjectReport report = access.reachable(id);
        return historyReader.historyWithChildren(ProjectReport.class, report.id, ReportHistory::snapshot,
                Expenditure.class, "expenditure_aud", "report_id", ReportHistory::snapshot);
    }

    private static Map<String, Object> snapshot(ProjectReport r) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", r.status);
        values.put("content", r.content);
        values.put("rateMonth", r.rateMonth);
        values.put("unitsPerEur", r.unitsPerEur);
        values.put("reopenReason", r.reopenReason);
        values.put("sentOn", r.sentOn);
        values.put("funderReference", r.funderReference);
        values.put("euClaimed", r.euClaimed);
        values.put("paidAmount", r.paidAmount);
        values.put("paidOn", r.paidOn);
        return values;
    }

    private static Map<String, Object> snapshot(Expenditure e) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("expenditure", e.id);
        values.put("category", e.category);
        values.put("spentOn", e.spentOn);
        values.put("supplier", e.supplier);
        values.put("description", e.description);
        values.put("invoiceNumber", e.invoiceNumber);
        values.put("amount", e.amount);
        values.put("currency", e.currency);
        values.put("vatAmount", e.vatAmount);
        values.put("vatRecoverable", e.vatRecoverable);
        return values;
    }
}
