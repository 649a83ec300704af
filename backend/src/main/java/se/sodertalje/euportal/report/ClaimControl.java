package se.sodertalje.euportal.report;

import java.util.List;
import se.sodertalje.euportal.budget.Currency;
import se.sodertalje.euportal.readiness.ReadinessItem;

/**
 * What a report's flow asks of the control of expenditure, which sits between a financial report's
 * submission and its acceptance (docs/architecture.md, "Dependencies between packages"). A port kept by the control
 * package ({@code control.ControlGate}), so that the reports do not depend on the control that
 * depends on them.
 */
public interface ClaimControl {

    /** Refuses a step the control forbids: returning or accepting during a control, sending by the one who closed it. */
    void check(ProjectReport report, ReportAction action, String callerSubject);

    /** What the report's acceptance still waits for in its control (CONTROL-010, CONTROL-011); empty when nothing. */
    List<ReadinessItem> beforeAcceptance(ProjectReport report);

    /**
     * The report's claim lines after its control (as declared when it has none).
     *
     * @param corrections the budget's currency, to take the funder's corrections off too; null to leave them
     */
    List<ClaimLine> lines(ProjectReport report, Currency corrections);
}
