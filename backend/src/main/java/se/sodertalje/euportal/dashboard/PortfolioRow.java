package se.sodertalje.euportal.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.programme.Fund;

/**
 * One application as the portfolio counts it, with its financial reports' sums (in the budget's
 * currency). Its year is the year of submission, or of creation (Stockholm time) if never submitted.
 */
record PortfolioRow(UUID applicationId, String title, UUID unitId, String unitCode, String unitName, UUID callId,
        UUID programmeId, String programmeCode, String programmeName, Fund fund, ApplicationStatus status, int year,
        LocalDate periodStart, LocalDate periodEnd, BigDecimal grantedAmount, BigDecimal claimed, BigDecimal received) {
}
