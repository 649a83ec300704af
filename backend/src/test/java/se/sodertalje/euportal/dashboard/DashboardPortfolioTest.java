package se.sodertalje.euportal.dashboard;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

/** The portfolio's figures against the hand-computed fixture of {@link PortfolioFixture}, narrowed to its units. */
@QuarkusTest
class DashboardPortfolioTest {

    private static final String PORTFOLIO = "/api/v1/dashboard/portfolio";

    @Inject
    EntityManager em;

    private PortfolioFixture f;

    @BeforeEach
    void fixture() {
        f = PortfolioFixture.get(em);
    }

    private static JsonPath portfolio(Api who, String query) {
        return who.get(query.isEmpty() ? PORTFOLIO : PORTFOLIO + "?" + query).then().statusCode(200).extract()
                .jsonPath(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** applications|granted|rejected|success rate|applied for|granted|co-financing|claimed|received. */
    private static String figures(JsonPath json, String path) {
        Map<String, Object> f = json.getMap(path);
        return List.of("applications", "granted", "rejected", "successRatePercent", "euAppliedFor", "euGranted",
                "coFinancing", "euClaimed", "euReceived").stream().map(key -> {
                    Object value = f.get(key);
                    return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
                }).collect(Collectors.joining("|"));
    }

    private static String statuses(JsonPath json, String path) {
        List<Map<String, Object>> counts = json.getList(path + ".statuses");
        return counts.stream().map(c -> c.get("status") + "=" + c.get("count")).collect(Collectors.joining(" "));
    }

    @Test
    void shouldAddUpTheWholeFixture() {
        JsonPath json = portfolio(Api.ADVISOR, f.units());
        assertEquals("SEK", json.getString("currency"));
        assertEquals("6|2|1|66.67|167000.37|126250.00|83000.00|63333.30|46500.00", figures(json, "total"));
        assertEquals("DRAFT=1 UNIT_APPROVED=0 IN_REVIEW=0 READY_TO_SUBMIT=0 SUBMITTED=1 GRANTED=2 REJECTED=1 WITHDRAWN=1",
                statuses(json, "total"));
        assertEquals(List.of(f.c2), json.getList("unconverted.applicationId"), "EUR without a planning rate is named");
    }

    @Test
    void aWriteShouldShowInTheNextReadThoughTheFiguresAreKeptBetweenReads() {
        String code = Api.uniqueCode("PD");
        java.util.UUID unit = Api.createUnit(code, "Portfölj D " + code);
        String filter = "unitId=" + unit;
        String id = PortfolioFixture.application(code, unit, f.erdfCall, "D1",
                PortfolioFixture.budget("SEK", null, "100000.00", "40", "60000.00"));
        JsonPath draft = portfolio(Api.ADVISOR, filter);
        assertEquals("1|0|0|null|0.00|0.00|0.00|0.00|0.00", figures(draft, "total"));
        assertEquals(draft.getMap("total"), portfolio(Api.ADVISOR, filter).getMap("total"), "read again: the same");

        PortfolioFixture.toSubmitted(code, id, "2026-03-02");
        JsonPath submitted = portfolio(Api.ADVISOR, filter);
        assertEquals("1|0|0|null|40000.00|0.00|0.00|0.00|0.00", figures(submitted, "total"),
                "the budget frozen at submission counts at once");
        PortfolioFixture.step(Api.ADVISOR, id, Map.of("action", "RECORD_GRANT", "grantedAmount",
                new BigDecimal("35000.00"), "decisionOn", "2026-06-01"));
        assertEquals("1|1|0|100.00|40000.00|35000.00|60000.00|0.00|0.00", figures(portfolio(Api.ADVISOR, filter), "total"));

        var current = Api.ADMIN.get("/api/v1/units/{id}", unit).then().statusCode(200).extract();
        Map<String, Object> renamed = new java.util.HashMap<>(Map.of("code", code, "name", "Portfölj D omdöpt", "type",
                current.path("type"), "active", true));
        Api.ADMIN.request().contentType("application/json").header("If-Match", current.header("ETag")).body(renamed)
                .put("/api/v1/units/{id}", unit).then().statusCode(200);
        assertEquals(List.of("Portfölj D omdöpt"), portfolio(Api.ADVISOR, filter).getList("byUnit.unitName"),
                "a unit renamed shows under its new name");
    }

    @Test
    void shouldGroupByUnitFundProgrammeAndYear() {
        JsonPath json = portfolio(Api.AUDITOR, f.units());
        assertEquals(List.of(f.codeA, f.codeB, f.codeC), json.getList("byUnit.unitCode"));
        assertEquals("2|2|0|100.00|132000.00|126250.00|83000.00|63333.30|46500.00", figures(json, "byUnit[0].figures"));
        assertEquals("2|0|1|0.00|35000.37|0.00|0.00|0.00|0.00", figures(json, "byUnit[1].figures"));
        assertEquals("2|0|0|null|0.00|0.00|0.00|0.00|0.00", figures(json, "byUnit[2].figures"));

        assertEquals(List.of("ERDF", "INTERREG"), json.getList("byFund.fund"));
        String erdf = "3|1|1|50.00|60000.00|40000.00|60000.00|25000.00|12000.00";
        String interreg = "3|1|0|100.00|107000.37|86250.00|23000.00|38333.30|34500.00";
        assertEquals(erdf, figures(json, "byFund[0].figures"));
        assertEquals(interreg, figures(json, "byFund[1].figures"));
        assertEquals(erdf, figures(json, "byProgramme.find { it.programmeId == '" + f.erdf + "' }.figures"));
        assertEquals(interreg, figures(json, "byProgramme.find { it.programmeId == '" + f.interreg + "' }.figures"));
        assertEquals(2, json.getList("byProgramme").size());

        assertEquals(List.of(2024, 2025, f.thisYear), json.getList("byYear.year", Integer.class));
        assertEquals("2|1|0|100.00|55000.37|40000.00|60000.00|25000.00|12000.00", figures(json, "byYear[0].figures"));
        assertEquals("3|1|1|50.00|112000.00|86250.00|23000.00|38333.30|34500.00", figures(json, "byYear[1].figures"));
        assertEquals("1|0|0|null|0.00|0.00|0.00|0.00|0.00", figures(json, "byYear[2].figures"));
    }

    @Test
    void shouldGiveTheScreeningRateAndTheUnitsWithoutACoordinator() {
        JsonPath json = portfolio(Api.ADMIN, f.units());
        assertEquals(List.of(f.codeA, f.codeB), json.getList("screening.units.unitCode"));
        assertEquals(List.of(3, 1), json.getList("screening.units.ideas", Integer.class));
        assertEquals(List.of(2, 0), json.getList("screening.units.screened", Integer.class));
        assertEquals(List.of(new BigDecimal("66.67"), new BigDecimal("0.00")), json.getList("screening.units.ratePercent"));
        assertEquals(new BigDecimal("50.00"), json.get("screening.total.ratePercent"));
        assertEquals(List.of(f.thisYear), json.getList("screening.years", Integer.class));

        assertEquals(3, json.getInt("coordinatorCoverage.activeUnits"));
        assertEquals(1, json.getInt("coordinatorCoverage.unitsWithCoordinator"));
        assertEquals(List.of(f.codeB, f.codeC), json.getList("coordinatorCoverage.unitsWithoutCoordinator.code"));
    }

    @Test
    void shouldNarrowToYearsFundsAndProgrammes() {
        JsonPath year = portfolio(Api.ADVISOR, f.units() + "&yearFrom=2025&yearTo=2025");
        assertEquals("3|1|1|50.00|112000.00|86250.00|23000.00|38333.30|34500.00", figures(year, "total"));
        assertEquals(List.of(2025), year.getList("byYear.year", Integer.class));
        assertEquals(List.of(), year.getList("screening.units"), "this year's ideas are outside 2025");

        JsonPath fund = portfolio(Api.ADVISOR, f.units() + "&fund=INTERREG");
        assertEquals("3|1|0|100.00|107000.37|86250.00|23000.00|38333.30|34500.00", figures(fund, "total"));
        assertEquals("1|1|0|100.00|92000.00|86250.00|23000.00|38333.30|34500.00", figures(fund, "byUnit[0].figures"));

        JsonPath programme = portfolio(Api.ADVISOR, f.units() + "&programmeId=" + f.erdf + "&fund=ERDF&fund=LIFE");
        assertEquals("3|1|1|50.00|60000.00|40000.00|60000.00|25000.00|12000.00", figures(programme, "total"));
    }

    @Test
    void shouldShowACoordinatorOnlyTheirOwnUnits() {
        JsonPath own = portfolio(Api.coordinator(f.codeA), "");
        assertEquals(List.of(f.codeA), own.getList("byUnit.unitCode"));
        assertEquals("2|2|0|100.00|132000.00|126250.00|83000.00|63333.30|46500.00", figures(own, "total"));
        assertEquals(1, own.getInt("coordinatorCoverage.activeUnits"));
        assertEquals(List.of(f.codeA), own.getList("screening.units.unitCode"));

        JsonPath other = portfolio(Api.coordinator(f.codeA), "unitId=" + f.unitB);
        assertEquals(0, other.getInt("total.applications"));
        assertEquals(0, other.getInt("coordinatorCoverage.activeUnits"));
        assertEquals(List.of(), other.getList("screening.units"));
    }

    @Test
    void shouldRefuseAnApplicant() {
        Api.applicant(f.codeA).get(PORTFOLIO).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerBadFiltersWith400() {
        for (String query : List.of("yearFrom=abc", "yearFrom=2026&yearTo=2024", "yearFrom=1999", "fund=NOPE",
                "unitId=not-a-uuid", "programmeId=42")) {
            Api.ADVISOR.raw().get(PORTFOLIO + "?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Api.ADVISOR.get(PORTFOLIO + "?yearFrom=2026&yearTo=2024").then().statusCode(400)
                .body("errors.field", hasItem("yearTo")).body("status", equalTo(400));
    }
}
