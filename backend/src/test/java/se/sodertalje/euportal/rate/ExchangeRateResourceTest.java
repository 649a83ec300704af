package se.sodertalje.euportal.rate;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.enterprise.context.control.ActivateRequestContext;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class ExchangeRateResourceTest {

    private static final String RATE = "/api/v1/exchange-rates/{currency}/{month}";

    @Inject
    ExchangeRates lookup;

    private static Map<String, Object> body(String unitsPerEur, String source) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitsPerEur", unitsPerEur == null ? null : new BigDecimal(unitsPerEur));
        body.put("source", source);
        return body;
    }

    @Test
    void aRateShouldBeCreatedChangedAgainstItsVersionAndDeleted() {
        Api.ADVISOR.put(RATE, null, body("11.8230", "InforEuro, mars 2025"), "NOK", "2025-03").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).header("Location", endsWith("/api/v1/exchange-rates/NOK/2025-03"))
                .body("currency", equalTo("NOK")).body("month", equalTo("2025-03"))
                .body("unitsPerEur", equalTo(11.823f)).body("updatedByName", equalTo("Test ada.advisor"));
        Api.applicant("UTB").get(RATE, "NOK", "2025-03").then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("source", equalTo("InforEuro, mars 2025"));

        Api.ADMIN.put(RATE, null, body("11.9", null), "NOK", "2025-03").then().statusCode(428)
                .body("code", equalTo("IF_MATCH_REQUIRED"));
        Api.ADMIN.put(RATE, "\"7\"", body("11.9", null), "NOK", "2025-03").then().statusCode(412)
                .body("code", equalTo("STALE_VERSION"));
        Api.ADMIN.put(RATE, "\"0\"", body("11.9", "  "), "NOK", "2025-03").then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("unitsPerEur", equalTo(11.9f)).body("source", equalTo(null))
                .body("updatedByName", equalTo("Test adam.admin"));
        // The first editor's version is stale now: no lost update.
        Api.ADVISOR.put(RATE, "\"0\"", body("11.7", null), "NOK", "2025-03").then().statusCode(412);

        Api.ADVISOR.delete(RATE, null, "NOK", "2025-03").then().statusCode(428);
        Api.ADVISOR.delete(RATE, "\"0\"", "NOK", "2025-03").then().statusCode(412);
        Api.ADVISOR.delete(RATE, "\"1\"", "NOK", "2025-03").then().statusCode(204);
        Api.AUDITOR.get(RATE, "NOK", "2025-03").then().statusCode(404);
        // Saving an edit of a rate someone has deleted does not bring it back.
        Api.ADVISOR.put(RATE, "\"1\"", body("11.7", null), "NOK", "2025-03").then().statusCode(412);
        Api.AUDITOR.get(RATE, "NOK", "2025-03").then().statusCode(404);
    }

    @Test
    void invalidRatesShouldNameEveryFieldWithItsRule() {
        String later = YearMonth.now(ZoneId.of("Europe/Stockholm")).plusMonths(2).toString();
        String next = YearMonth.now(ZoneId.of("Europe/Stockholm")).plusMonths(1).toString();
        Api.ADVISOR.put(RATE, null, body("11.5", null), "EUR", "2025-01").then().statusCode(400)
                .body("errors.code", equalTo(List.of("RATE-002")));
        Api.ADVISOR.put(RATE, null, body("11.5", null), "sek", "2025-13").then().statusCode(400)
                .body("errors.field", equalTo(List.of("currency", "month")))
                .body("errors.code", equalTo(List.of("RATE-001", "RATE-003")));
        Api.ADVISOR.put(RATE, null, body("11.5", null), "XQZ", "2025-01").then().statusCode(400)
                .body("errors.code", equalTo(List.of("RATE-001")));
        Api.ADVISOR.put(RATE, null, body("0", "x".repeat(201)), "DKK", later).then().statusCode(400)
                .body("code", equalTo("VALIDATION"))
                .body("errors.field", equalTo(List.of("month", "unitsPerEur", "source")))
                .body("errors.code", equalTo(List.of("RATE-004", "RATE-005", "RATE-007")));
        Api.ADVISOR.put(RATE, null, body("7.4512345", null), "DKK", "1998-12").then().statusCode(400)
                .body("errors.code", equalTo(List.of("RATE-004", "RATE-006")))
                .body("errors[0].params", equalTo(Map.of("earliest", "1999-01", "latest", next)))
                .body("errors[1].params", equalTo(Map.of("decimals", 6, "digits", 8)));
        Api.ADVISOR.put(RATE, null, body("123456789", null), "DKK", "2025-01").then().statusCode(400)
                .body("errors.code", equalTo(List.of("RATE-006")));
        Api.ADVISOR.put(RATE, null, body(null, null), "DKK", "2025-01").then().statusCode(400)
                .body("errors.code", equalTo(List.of("RATE-005")));
        Api.ADVISOR.raw().contentType("application/json").body("{\"unitsPerEur\":\"many\"}")
                .put(RATE, "DKK", "2025-01").then().statusCode(400).body("errors[0].field", equalTo("unitsPerEur"));
        Api.AUDITOR.get(RATE, "EUR", "2025-01").then().statusCode(400);
        // Next month's rate is known before the month starts: it may be recorded.
        Api.ADVISOR.put(RATE, null, body("7.461234", null), "DKK", next).then().statusCode(201)
                .body("unitsPerEur", equalTo(7.461234f));
    }

    @Test
    void theListShouldFilterByCurrencyAndMonthsNewestFirst() {
        for (String month : List.of("2024-01", "2024-02", "2024-03", "2024-04")) {
            Api.ADVISOR.put(RATE, null, body("4.3" + month.substring(6), null), "PLN", month).then().statusCode(201);
        }
        Api.applicant("UTB").get("/api/v1/exchange-rates?currency=pln").then().statusCode(200)
                .body("total", equalTo(4)).body("items.month", equalTo(List.of("2024-04", "2024-03", "2024-02", "2024-01")));
        Api.AUDITOR.get("/api/v1/exchange-rates?currency=PLN&fromMonth=2024-02&toMonth=2024-03&sort=month").then()
                .body("items.month", equalTo(List.of("2024-02", "2024-03"))).body("items[0].unitsPerEur", equalTo(4.32f));
        Api.AUDITOR.get("/api/v1/exchange-rates?currency=PLN&size=1&page=1").then()
                .body("items.month", equalTo(List.of("2024-03"))).body("total", equalTo(4));
        Api.AUDITOR.get("/api/v1/exchange-rates?fromMonth=2024-1").then().statusCode(400)
                .body("errors.field", equalTo(List.of("fromMonth")));
        Api.AUDITOR.get("/api/v1/exchange-rates?sort=source").then().statusCode(400);
    }

    @Test
    @ActivateRequestContext
    void otherFeaturesShouldConvertWithTheRecordedRate() {
        assertTrue(lookup.unitsPerEur("RON", YearMonth.of(2025, 6)).isEmpty());
        Api.ADVISOR.put(RATE, null, body("5.0765", "InforEuro"), "RON", "2025-06").then().statusCode(201);
        assertEquals(0, new BigDecimal("5.0765").compareTo(lookup.unitsPerEur("RON", YearMonth.of(2025, 6)).orElseThrow()));
        assertTrue(lookup.unitsPerEur("RON", YearMonth.of(2025, 7)).isEmpty());
    }
}
