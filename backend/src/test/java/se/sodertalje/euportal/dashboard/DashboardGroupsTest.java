package se.sodertalje.euportal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.application.ApplicationStatus;
import se.sodertalje.euportal.programme.Fund;

/** How applications fall into the portfolio's groups, without a server. */
class DashboardGroupsTest {

    private static final UUID SOC = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID UTB = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    private static final UUID ESF = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID ERDF = UUID.fromString("00000000-0000-0000-0000-0000000000b2");

    private static PortfolioRow row(String title, UUID unit, String unitName, UUID programme, String code, Fund fund,
            int year) {
        return new PortfolioRow(UUID.randomUUID(), title, unit, unitName.substring(0, 3).toUpperCase(), unitName,
                programme == null ? null : UUID.randomUUID(), programme, code, code == null ? null : "Programme " + code, fund,
                ApplicationStatus.SUBMITTED, year, null, null, null, null, null);
    }

    private static ApplicationMoney applied(String amount, boolean converted) {
        BigDecimal sek = new BigDecimal(amount);
        BigDecimal zero = new BigDecimal("0.00");
        return new ApplicationMoney(ApplicationStatus.SUBMITTED, sek, zero, zero, zero, zero, converted);
    }

    @Test
    void shouldGroupByUnitFundProgrammeAndYearWithoutACallLast() {
        PortfolioGroups groups = new PortfolioGroups()
                .add(row("Unga vuxna", SOC, "Socialkontoret", ESF, "ESF-2", Fund.ESF_PLUS, 2025), applied("100.00", true), 1)
                .add(row("Skolgårdar", UTB, "Utbildningskontoret", ERDF, "ERUF-1", Fund.ERDF, 2024), applied("200.00", true), 1)
                .add(row("Idé utan utlysning", SOC, "Socialkontoret", null, null, null, 2026), applied("0.00", true), 1)
                .add(row("Euro utan kurs", UTB, "Utbildningskontoret", ERDF, "ERUF-1", Fund.ERDF, 2025), applied("0.00", false), 1);

        assertEquals(List.of("Socialkontoret", "Utbildningskontoret"), groups.byUnit().stream()
                .map(PortfolioView.UnitFigures::unitName).toList());
        assertEquals(Arrays.asList(Fund.ERDF, Fund.ESF_PLUS, null), groups.byFund().stream()
                .map(PortfolioView.FundFigures::fund).toList());
        assertEquals(new BigDecimal("200.00"), groups.byFund().get(0).figures().euAppliedFor());
        assertEquals(2, groups.byFund().get(0).figures().applications());
        assertEquals(Arrays.asList("ERUF-1", "ESF-2", null), groups.byProgramme().stream()
                .map(PortfolioView.ProgrammeFigures::programmeCode).toList());
        assertNull(groups.byProgramme().get(2).programmeId());
        assertEquals(List.of(2024, 2025, 2026), groups.byYear().stream().map(PortfolioView.YearFigures::year).toList());
        assertEquals(2, groups.byYear().get(1).figures().applications());
        assertEquals(new BigDecimal("300.00"), groups.total().euAppliedFor());
    }

    @Test
    void shouldCountAGroupOfApplicationsTheDatabaseSummedAsThatMany() {
        PortfolioGroups groups = new PortfolioGroups()
                .add(row(null, SOC, "Socialkontoret", ESF, "ESF-2", Fund.ESF_PLUS, 2025), applied("300.00", true), 3)
                .add(row(null, UTB, "Utbildningskontoret", ESF, "ESF-2", Fund.ESF_PLUS, 2025), applied("50.00", true), 1);

        assertEquals(4, groups.total().applications());
        assertEquals(4, groups.total().statuses().stream().filter(s -> s.status() == ApplicationStatus.SUBMITTED)
                .findFirst().orElseThrow().count());
        assertEquals(3, groups.byUnit().get(0).figures().applications());
        assertEquals(new BigDecimal("350.00"), groups.byProgramme().get(0).figures().euAppliedFor());
    }
}
