package se.sodertalje.euportal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.report.ClaimLine;
import se.sodertalje.euportal.report.Expenditure;
import se.sodertalje.euportal.report.ProjectReport;

/**
 * What a claim consists of once controlled: the report's lines as its control decided them (see
 * {@link ControlFigures}), and, for a claim the funder paid less for, the funder's corrections. The
 * claim's figures are then the claim calculator's, as for any claim.
 */
@ApplicationScoped
public class ControlledClaims {

    @Inject
    EntityManager em;

    public Optional<ReportControl> controlOf(UUID reportId) {
        return ReportControl.find("reportId", reportId).firstResultOptional();
    }

    /**
     * The report's claim lines after its control (a running control's decisions so far; no control:
     * as declared).
     *
     * @param corrections the budget's currency, to take the funder's corrections off too; null to leave them
     */
    public List<ClaimLine> lines(ProjectReport report, Currency corrections) {
        List<ClaimLine> lines = controlOf(report.id).map(c -> ControlFigures.afterControl(controlLines(report, c)))
                .orElseGet(() -> declared(report.id));
        if (corrections == null) {
            return lines;
        }
        List<ClaimLine> corrected = new ArrayList<>(lines);
        FunderCorrection.<FunderCorrection>list("reportId", report.id).forEach(f -> corrected.add(new ClaimLine(
                "funder-correction-" + f.id, f.partnerId, f.category, f.amount.negate(), corrections, BigDecimal.ZERO,
                false)));
        return corrected;
    }

    /** The report's lines as declared, by date. */
    public static List<ClaimLine> declared(UUID reportId) {
        return Expenditure.<Expenditure>list("reportId = ?1 order by spentOn, id", reportId).stream().map(ClaimLine::of)
                .toList();
    }

    /** The report's own lines, then the lines carried into its control, each with the control's word on it. */
    public List<ControlFigures.Line> controlLines(ProjectReport report, ReportControl control) {
        Map<UUID, ControlLine> decided = new HashMap<>();
        List<ControlLine> carried = new ArrayList<>();
        ControlLine.<ControlLine>list("controlId", control.id).forEach(l -> {
            if (l.carried) {
                carried.add(l);
            } else {
                decided.put(l.expenditureId, l);
            }
        });
        List<ControlFigures.Line> lines = new ArrayList<>();
        for (Expenditure e : Expenditure.<Expenditure>list("reportId = ?1 order by spentOn, id", report.id)) {
            ControlLine l = decided.get(e.id);
            lines.add(l == null ? new ControlFigures.Line(ClaimLine.of(e), false, false, null, null, null)
                    : new ControlFigures.Line(ClaimLine.of(e), true, false, l.decision, l.deductedAmount, l.errorType));
        }
        for (ControlLine l : carried) {
            Expenditure e = Expenditure.findById(l.expenditureId);
            lines.add(new ControlFigures.Line(ClaimLine.of(e), true, true, l.decision, l.deductedAmount, l.errorType));
        }
        return lines;
    }

    /**
     * The lines of the project's earlier claims that a closed control parked and no later control has
     * taken up: they wait, visible, for the next report's control.
     */
    public List<UUID> waitingParked(UUID projectId, int beforePeriod) {
        return em.createQuery("""
                select l.expenditureId from ControlLine l, ReportControl c, ProjectReport r
                where c.id = l.controlId and r.id = c.reportId and r.projectId = :p and r.periodNumber < :period
                and c.status = :closed and l.decision = :parked
                and not exists (select 1 from ControlLine later, ReportControl lc, ProjectReport lr
                    where later.expenditureId = l.expenditureId and later.carried = true and lc.id = later.controlId
                    and lr.id = lc.reportId and lr.periodNumber > r.periodNumber)
                order by l.expenditureId""", UUID.class)
                .setParameter("p", projectId).setParameter("period", beforePeriod)
                .setParameter("closed", ControlStatus.CLOSED).setParameter("parked", Decision.PARKED).getResultList();
    }
}
