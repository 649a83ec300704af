package se.sodertalje.euportal.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.budget.BudgetContent;
import se.sodertalje.euportal.budget.BudgetVersion;
import se.sodertalje.euportal.budget.ReportingPeriods;
import se.sodertalje.euportal.budget.VersionKind;
import se.sodertalje.euportal.programme.FundingCall;
import se.sodertalje.euportal.programme.Programme;
import se.sodertalje.euportal.programme.RuleSetRules;

/**
 * Keeps application_money current: the applications the database marked stale (V44's triggers) are
 * summarised again by {@link ApplicationMoney} and their markers removed, unless they were marked
 * again meanwhile. Run before every portfolio read and every 30 seconds; on several instances each
 * takes rows the others have not locked, so none summarises an application twice at once.
 */
@ApplicationScoped
public class PortfolioMoney {

    /** Applications summarised per transaction. */
    private static final int BATCH = 200;

    @Inject
    EntityManager em;

    @Inject
    PortfolioQuery query;

    /**
     * Summarises every stale application, a batch per transaction (a first run after an upgrade may
     * have all of them to do); returns how many. Rows another instance or request is summarising are
     * skipped, not waited for.
     */
    public int refreshStale() {
        int done = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::refreshBatch);
            done += batch;
        } while (batch > 0);
        return done;
    }

    private int refreshBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> stale = em.createNativeQuery("select application_id, marked_at from application_money_stale"
                + " order by application_id limit " + BATCH + " for update skip locked").getResultList();
        if (stale.isEmpty()) {
            return 0;
        }
        List<UUID> ids = stale.stream().map(r -> (UUID) r[0]).toList();
        List<PortfolioRow> rows = query.rowsFor(ids);
        Map<UUID, List<BudgetVersion>> versions = query.versions(ids);
        for (PortfolioRow row : rows) {
            List<BudgetVersion> own = versions.getOrDefault(row.applicationId(), List.of());
            ApplicationMoney money = ApplicationMoney.of(row.status(), lastOf(own, VersionKind.SUBMITTED),
                    lastOf(own, null), row.callId() == null ? 0 : periodsOf(row), row.grantedAmount(), row.claimed(),
                    row.received());
            em.createNativeQuery("insert into application_money (application_id, eu_applied_for, eu_granted,"
                    + " co_financing, eu_claimed, eu_received, converted, computed_at)"
                    + " values (:id, :applied, :granted, :co, :claimed, :received, :converted, now())"
                    + " on conflict (application_id) do update set eu_applied_for = excluded.eu_applied_for,"
                    + " eu_granted = excluded.eu_granted, co_financing = excluded.co_financing,"
                    + " eu_claimed = excluded.eu_claimed, eu_received = excluded.eu_received,"
                    + " converted = excluded.converted, computed_at = excluded.computed_at")
                    .setParameter("id", row.applicationId()).setParameter("applied", money.euAppliedFor())
                    .setParameter("granted", money.euGranted()).setParameter("co", money.coFinancing())
                    .setParameter("claimed", money.euClaimed()).setParameter("received", money.euReceived())
                    .setParameter("converted", money.converted()).executeUpdate();
        }
        // A marker newer than the one read stays: that write came after this summary read its data.
        for (Object[] r : stale) {
            em.createNativeQuery("delete from application_money_stale where application_id = :id and marked_at <= :at")
                    .setParameter("id", r[0]).setParameter("at", toOffset(r[1])).executeUpdate();
        }
        return stale.size();
    }

    @Scheduled(every = "30s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshInBackground() {
        refreshStale();
    }

    private static Object toOffset(Object value) {
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return value;
    }

    /** The last version of a kind (any kind for null), or null. */
    private static BudgetContent lastOf(List<BudgetVersion> versions, VersionKind kind) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (kind == null || versions.get(i).kind == kind) {
                return versions.get(i).content;
            }
        }
        return null;
    }

    /** The project's reporting periods under its call's effective rules, as the budget counts them. */
    private static int periodsOf(PortfolioRow row) {
        FundingCall call = FundingCall.findById(row.callId());
        Programme programme = Programme.findById(call.programmeId);
        return ReportingPeriods.count(row.periodStart(), row.periodEnd(),
                RuleSetRules.effective(call.rules, programme.rules).reportingPeriodMonths());
    }
}
