package se.sodertalje.euportal.idea;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.support.Api;

/** The yearly follow-up over a hand-made fixture: three units, of which one has no ideas. */
@QuarkusTest
class ScreeningRateResourceTest {

    private static JsonPath json(Response response) {
        return new JsonPath(response.asString()).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    void aCoordinatorSeesTheRateOfEachOfTheirUnitsWithIdeasAndTheTotal() {
        String codeA = Api.uniqueCode("RA");
        String codeB = Api.uniqueCode("RB");
        String codeC = Api.uniqueCode("RC");
        UUID unitA = Api.createUnit(codeA, "Arbetsmarknad (rate)");
        UUID unitB = Api.createUnit(codeB, "Bygg (rate)");
        Api.createUnit(codeC, "Cirkus utan idéer");
        // Unit A: 2 of 3 screened. Unit B: 1 of 8 screened. Unit C: none.
        for (int i = 0; i < 3; i++) {
            UUID idea = Ideas.create(Api.ADMIN, unitA, "A" + i);
            if (i < 2) {
                Ideas.screen(idea);
            }
        }
        for (int i = 0; i < 8; i++) {
            UUID idea = Ideas.create(Api.ADMIN, unitB, "B" + i);
            if (i == 0) {
                Ideas.screen(idea);
            }
        }
        int year = Year.now(Clocks.STOCKHOLM).getValue();

        Response response = Api.coordinator(codeA, codeB, codeC).get("/api/v1/ideas/screening-rate?year={y}", year);
        response.then().statusCode(200);
        JsonPath rate = json(response);
        assertEquals(year, rate.getInt("year"));
        assertEquals(List.of(codeA, codeB), rate.getList("units.unitCode"));
        assertEquals(List.of(unitA.toString(), unitB.toString()), rate.getList("units.unitId"));
        assertEquals(List.of("Arbetsmarknad (rate)", "Bygg (rate)"), rate.getList("units.unitName"));
        assertEquals(List.of(3, 8), rate.getList("units.ideas", Integer.class));
        assertEquals(List.of(2, 1), rate.getList("units.screened", Integer.class));
        assertEquals(List.of(new BigDecimal("66.67"), new BigDecimal("12.50")), rate.getList("units.ratePercent"));
        assertEquals(Map.of("ideas", 11, "screened", 3), Map.of("ideas", rate.getInt("total.ideas"),
                "screened", rate.getInt("total.screened")));
        assertEquals(new BigDecimal("27.27"), rate.get("total.ratePercent"));

        // The year defaults to the current one.
        Api.coordinator(codeA).get("/api/v1/ideas/screening-rate").then().body("year", equalTo(year))
                .body("units.unitCode", equalTo(List.of(codeA))).body("total.ideas", equalTo(3));
        // Advisors see every unit.
        Api.ADVISOR.get("/api/v1/ideas/screening-rate?year={y}", year).then().body("units.unitCode", hasItem(codeB));
    }

    @Test
    void aYearWithoutIdeasHasNoUnitsAndNoRate() {
        Response response = Api.AUDITOR.get("/api/v1/ideas/screening-rate?year=2001");
        response.then().statusCode(200).body("year", equalTo(2001)).body("units", equalTo(List.of()))
                .body("total.ideas", equalTo(0)).body("total.screened", equalTo(0));
        assertNull(json(response).get("total.ratePercent"));
        Api.AUDITOR.raw().get("/api/v1/ideas/screening-rate?year=1066").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }
}
