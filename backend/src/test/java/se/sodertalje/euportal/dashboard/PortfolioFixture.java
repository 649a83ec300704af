package se.sodertalje.euportal.dashboard;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.sodertalje.euportal.common.Clocks;
import se.sodertalje.euportal.support.Api;

/**
 * A small portfolio whose figures are computed by hand (see the expectations in DashboardPortfolioTest):
 * three units (A with a coordinator, B with only another contact, C with none), an ERDF and an Interreg
 * programme, six applications in several statuses and years with SEK and EUR budgets, and financial
 * reports sent to the funder with claims and payments.
 *
 * <pre>
 * app  unit prog  budget (EU rate)                  status     year  grant        reports (claimed / paid)
 * A1   A    ERDF  SEK 100 000.00 (40 %) own 60 000   GRANTED    2024  SEK 40 000   15 000 / 12 000; 10 000 / –; draft 99 / –
 * A2   A    INT   EUR 10 000.00 (80 %) own 2 000,    GRANTED    2025  EUR 7 500    EUR 3 333.33 / 3 000.00
 *                 planning rate 11.5
 * B1   B    ERDF  SEK 50 000.00 (40 %) own 30 000    REJECTED   2025
 * B2   B    INT   SEK 20 000.50 (75 %) own 5 000.13  SUBMITTED  2024
 * C1   C    ERDF  none                               DRAFT      this year
 * C2   C    INT   EUR 1 000.00 (80 %), no rate       WITHDRAWN  2025  (EUR without a rate: unconverted)
 * </pre>
 * Ideas: A three (two screened), B one (not screened), all this year.
 */
final class PortfolioFixture {

    final String codeA = Api.uniqueCode("PA");
    final String codeB = Api.uniqueCode("PB");
    final String codeC = Api.uniqueCode("PC");
    final UUID unitA = Api.createUnit(codeA, "Portfölj A " + codeA);
    final UUID unitB = Api.createUnit(codeB, "Portfölj B " + codeB);
    final UUID unitC = Api.createUnit(codeC, "Portfölj C " + codeC);
    final UUID erdf = Api.createProgramme(Api.uniqueCode("PERDF"), "ERDF");
    final UUID interreg = Api.createProgramme(Api.uniqueCode("PINT"), "INTERREG");
    final String erdfCall = Api.createCall(erdf, Api.uniqueCode("KERDF"), "Portföljutlysning ERDF", 30, null);
    final String interregCall = Api.createCall(interreg, Api.uniqueCode("KINT"), "Portföljutlysning Interreg", 30, null);
    final int thisYear = Year.now(Clocks.STOCKHOLM).getValue();
    String c2;

    private static PortfolioFixture instance;

    static synchronized PortfolioFixture get(EntityManager em) {
        if (instance == null) {
            instance = new PortfolioFixture();
            instance.build(em);
        }
        return instance;
    }

    /** The query string that narrows the portfolio to the fixture's units. */
    String units() {
        return "unitId=" + unitA + "&unitId=" + unitB + "&unitId=" + unitC;
    }

    private void build(EntityManager em) {
        Api.createContact(unitA, "Anna Samordnare", "anna@example.se", "INTERNATIONAL_COORDINATOR");
        Api.createContact(unitB, "Bo Ekonom", "bo@example.se", "FINANCE_CONTACT");

        String a1 = application(codeA, unitA, erdfCall, "A1", budget("SEK", null, "100000.00", "40", "60000.00"));
        toSubmitted(codeA, a1, "2024-03-15");
        step(Api.ADVISOR, a1, Map.of("action", "RECORD_GRANT", "grantedAmount", new BigDecimal("40000.00"),
                "decisionOn", "2024-09-01"));
        String a2 = application(codeA, unitA, interregCall, "A2", budget("EUR", "11.5", "10000.00", "80", "2000.00"));
        toSubmitted(codeA, a2, "2025-02-01");
        step(Api.ADVISOR, a2, Map.of("action", "RECORD_GRANT", "grantedAmount", new BigDecimal("7500.00"),
                "decisionOn", "2025-06-01"));
        String b1 = application(codeB, unitB, erdfCall, "B1", budget("SEK", null, "50000.00", "40", "30000.00"));
        toSubmitted(codeB, b1, "2025-05-10");
        step(Api.ADVISOR, b1, Map.of("action", "RECORD_REJECTION", "rejectionReason", "Låg poäng",
                "decisionOn", "2025-10-01"));
        String b2 = application(codeB, unitB, interregCall, "B2", budget("SEK", null, "20000.50", "75", "5000.13"));
        toSubmitted(codeB, b2, "2024-06-01");
        Api.applicant(codeC).post("/api/v1/applications", Map.of("unitId", unitC.toString(), "callId", erdfCall,
                "title", "C1")).then().statusCode(201);
        c2 = application(codeC, unitC, interregCall, "C2", budget("EUR", null, "1000.00", "80", "200.00"));
        toSubmitted(codeC, c2, "2025-01-20");
        step(Api.coordinator(codeC), c2, Map.of("action", "WITHDRAW", "comment", "Partnern hoppade av"));

        report(em, a1, 1, "SENT_TO_FUNDER", "15000.00", "12000.00");
        report(em, a1, 2, "SENT_TO_FUNDER", "10000.00", null);
        report(em, a1, 3, "ACCEPTED", "99.00", null);
        report(em, a2, 1, "SENT_TO_FUNDER", "3333.33", "3000.00");

        for (int i = 0; i < 3; i++) {
            String idea = idea(codeA, unitA, "Idé A" + i);
            if (i < 2) {
                Api.ADMIN.put("/api/v1/ideas/{id}/screening", "\"0\"", Map.of("investigated", true, "programmeIds",
                        List.of(), "callIds", List.of(), "outcome", "NOT_WORTH_APPLYING", "reason", "För litet"), idea)
                        .then().statusCode(200);
            }
        }
        idea(codeB, unitB, "Idé B");
    }

    /** A budget of one staff line for the lead partner: the EU rate given, the rest as own funds. */
    static Map<String, Object> budget(String currency, String sekPerEur, String amount, String euRate, String own) {
        Map<String, Object> body = new HashMap<>();
        body.put("currency", currency);
        body.put("sekPerEur", sekPerEur == null ? null : new BigDecimal(sekPerEur));
        body.put("lines", List.of(Map.of("id", "staff-1", "partnerId", "LEAD", "category", "STAFF", "period", 1,
                "kind", "REAL_COST", "currency", currency, "amount", new BigDecimal(amount))));
        body.put("partners", List.of(Map.of("partnerId", "LEAD", "flatRates", List.of(), "euRatePercent",
                new BigDecimal(euRate), "contributions", Map.of("OWN_MUNICIPAL_FUNDS", new BigDecimal(own)))));
        return body;
    }

    /** A draft of the unit for 2027 with a lead partner and the budget (its partner LEAD filled in). */
    @SuppressWarnings("unchecked")
    static String application(String code, UUID unit, String call, String title, Map<String, Object> budget) {
        Api applicant = Api.applicant(code);
        String id = applicant.post("/api/v1/applications", Map.of("unitId", unit.toString(), "callId", call, "title",
                title, "acronym", "PORT", "summary", "Portföljprojekt.", "periodStart", "2027-01-01", "periodEnd", "2027-12-31")).then().statusCode(201).extract().path("id");
        String lead = Api.createPartner(Api.uniqueName("Portföljkommun " + title), "SE", "MUNICIPALITY");
        applicant.post("/api/v1/applications/{id}/partners", Map.of("organisationId", lead, "role", "LEAD_PARTNER"), id)
                .then().statusCode(201);
        Map<String, Object> line = new HashMap<>(((List<Map<String, Object>>) budget.get("lines")).get(0));
        line.put("partnerId", lead);
        Map<String, Object> plan = new HashMap<>(((List<Map<String, Object>>) budget.get("partners")).get(0));
        plan.put("partnerId", lead);
        Map<String, Object> body = new HashMap<>(budget);
        body.put("lines", List.of(line));
        body.put("partners", List.of(plan));
        applicant.post("/api/v1/applications/{id}/budget", body, id).then().statusCode(201);
        return id;
    }

    static void toSubmitted(String code, String id, String submittedOn) {
        step(Api.coordinator(code), id, Map.of("action", "APPROVE_FOR_UNIT"));
        step(Api.ADVISOR, id, Map.of("action", "START_REVIEW"));
        step(Api.ADVISOR, id, Map.of("action", "CLEAR_FOR_SUBMISSION", "comment", "Klar"));
        step(Api.ADVISOR, id, Map.of("action", "SUBMIT", "funderReference", "REF-" + id.substring(0, 8),
                "submittedOn", LocalDate.parse(submittedOn).toString()));
    }

    static void step(Api who, String id, Map<String, Object> body) {
        String etag = Api.ADVISOR.get("/api/v1/applications/{id}", id).header("ETag");
        who.request().contentType("application/json").header("If-Match", etag).body(body)
                .post("/api/v1/applications/{id}/transitions", id).then().statusCode(200)
                .body("id", equalTo(id));
    }

    /** A financial report of the application's project, written straight to the table (the reports API is apart). */
    private static void report(EntityManager em, String application, int period, String status, String claimed,
            String paid) {
        String payment = paid == null ? "null, null" : paid + ", current_date";
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into project_report (id, project_id,"
                + " kind, period_number, status, content, sent_on, eu_claimed, paid_amount, paid_on, created_by_subject,"
                + " created_at, updated_at) select ?1, p.id, 'FINANCIAL', ?2, ?3,"
                + " cast('{\"deliverables\":[],\"indicators\":[]}' as jsonb), current_date, ?4, " + payment
                + ", 'fixture', now(), now() from project p where p.application_id = ?5")
                .setParameter(1, UUID.randomUUID()).setParameter(2, period).setParameter(3, status)
                .setParameter(4, new BigDecimal(claimed)).setParameter(5, UUID.fromString(application)).executeUpdate());
    }

    private static String idea(String code, UUID unit, String title) {
        return Api.applicant(code).post("/api/v1/ideas", Map.of("unitId", unit.toString(), "title", title))
                .then().statusCode(201).extract().path("id");
    }
}
