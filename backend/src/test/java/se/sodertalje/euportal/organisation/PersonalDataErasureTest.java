package se.sodertalje.euportal.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class PersonalDataErasureTest {

    @Inject
    EntityManager em;

    private static final List<String> PERSONAL = List.of("Zlatan Qvarnström", "Zlatan Qvarnström-Ek",
            "zlatan.q@example.se", "zq@privat.example", "+46 70 999 88 77", "Hemlig titel");

    @Test
    void anAdminShouldExportAllHeldAboutAPerson() {
        UUID unit = Api.createUnit(Api.uniqueCode("PD"), "Kontoret");
        UUID id = Api.createContact(unit, "Petra Data", "petra@example.se", "OTHER");
        Api.ADMIN.get("/api/v1/contact-persons/{id}/personal-data", id).then().statusCode(200)
                .body("contactPerson.email", equalTo("petra@example.se"))
                .body("history[0].type", equalTo("CREATED"))
                .body("history[0].changes.newValue", hasItem("petra@example.se"));
    }

    @Test
    void erasureShouldLeaveNoPersonalValueInAnyTableAuditHistoryIncluded() {
        UUID unit = Api.createUnit(Api.uniqueCode("ER"), "Raderingskontoret");
        String id = Api.ADMIN.post("/api/v1/contact-persons", Map.of("unitId", unit.toString(),
                "name", PERSONAL.get(0), "email", PERSONAL.get(2), "phone", PERSONAL.get(4),
                "title", PERSONAL.get(5), "roles", List.of("INTERNATIONAL_COORDINATOR"))).then().statusCode(201)
                .extract().path("id");
        Api.ADVISOR.put("/api/v1/contact-persons/{id}", "\"0\"", Map.of("unitId", unit.toString(),
                "name", PERSONAL.get(1), "email", PERSONAL.get(3), "phone", PERSONAL.get(4),
                "roles", List.of("INTERNATIONAL_COORDINATOR")), id).then().statusCode(200);
        assertTrue(occurrences(PERSONAL.get(2)) > 0, "the test's values are in the database before erasure");
        // Exported by e-mail, by the address the person had first and by the one they have now: both in the log.
        for (String email : List.of(PERSONAL.get(2), PERSONAL.get(3))) {
            Api.ADMIN.raw().accept("text/html, application/problem+json").get("/api/v1/personal-data.html?email=" + email)
                    .then().statusCode(200);
        }
        assertEquals(2, exportsNaming(PERSONAL.get(2)).size() + exportsNaming(PERSONAL.get(3)).size());

        Api.ADMIN.request().post("/api/v1/contact-persons/{id}/erasure", id).then().statusCode(200)
                .body("erased", equalTo(true)).body("email", nullValue()).body("phone", nullValue())
                .body("name", equalTo(PersonalDataService.ERASED_NAME));

        for (String value : PERSONAL) {
            assertEquals(0, occurrences(value), "'" + value + "' is still stored somewhere");
        }
        assertEquals(List.of(), exportsNaming(PERSONAL.get(2)), "the export log names the first address");
        assertEquals(List.of(), exportsNaming(PERSONAL.get(3)), "the export log names the present address");
        String history = Api.ADMIN.get("/api/v1/contact-persons/{id}/history", id).then().statusCode(200)
                .body("[0].actor.name", equalTo("Test adam.admin"))
                .body("[0].changes.field", hasItem("erased"))
                .body("type", hasItem("CREATED")).extract().asString();
        PERSONAL.forEach(value -> assertFalse(history.contains(value), "history still shows " + value));
        Api.ADMIN.get("/api/v1/contact-persons/{id}/personal-data", id).then().statusCode(200)
                .body("erasures[0].erasedBy", equalTo("Test adam.admin"));
        Api.ADMIN.request().post("/api/v1/contact-persons/{id}/erasure", id).then().statusCode(409);
        Api.ADMIN.put("/api/v1/contact-persons/{id}", "\"2\"", Map.of("unitId", unit.toString(), "name", "Åter",
                "email", "ater@example.se", "roles", List.of("OTHER")), id).then().statusCode(409);
    }

    @Test
    void theAuditTrailShouldRefuseEditsOutsideAnErasure() {
        UUID unit = Api.createUnit(Api.uniqueCode("AO"), "Kontoret");
        Api.createContact(unit, "Orörd Person", "ororord@example.se", "OTHER");
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update contact_person_aud set name = 'Ändrad' where name = 'Orörd Person'")
                .executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("delete from revinfo").executeUpdate()));
        assertTrue(occurrences("Orörd Person") >= 2, "record and its audited version keep the name");
    }

    @Test
    void twinTownContactsAndNetworkMembersShouldBeExportedAndErasedWithTheContactPerson() {
        String code = Api.uniqueCode("PR");
        String name = "Kari Nordmann " + code;
        String email = "kari." + code.toLowerCase() + "@kristiansand.example";
        String phone = "+47 555 " + code.substring(code.length() - 4);
        UUID unit = Api.createUnit(code, "Vänortskontoret");
        String organisation = Api.createPartner("Vänort " + code, "NO", "MUNICIPALITY");
        Map<String, Object> town = new HashMap<>(Map.of("organisationId", organisation, "name", "Kristiansand " + code,
                "agreementKind", "TWIN_TOWN"));
        town.put("contacts", List.of(Map.of("name", name, "role", "Rådgiver", "email", email.toUpperCase(), "phone", phone),
                Map.of("name", "Ola Annan", "email", "ola." + code.toLowerCase() + "@kristiansand.example")));
        String townId = Api.ADVISOR.post("/api/v1/twin-towns", town).then().statusCode(201).extract().path("id");
        town.put("notes", "Nytt avtal på gång");
        Api.ADVISOR.put("/api/v1/twin-towns/{id}", "\"0\"", town, townId).then().statusCode(200);
        String networkId = Api.ADVISOR.post("/api/v1/external-networks", Map.of("name", "SEUS " + code, "members",
                List.of(Map.of("name", name, "unitId", unit.toString(), "role", "Styrelseledamot", "email", email))))
                .then().statusCode(201).extract().path("id");
        UUID contact = Api.createContact(unit, name, email, "OTHER");

        Api.ADMIN.get("/api/v1/contact-persons/{id}/personal-data", contact).then().statusCode(200)
                .body("otherRegisters.register", contains("EXTERNAL_NETWORK_MEMBER", "TWIN_TOWN_CONTACT"))
                .body("otherRegisters.recordId", contains(networkId, townId))
                .body("otherRegisters[0].role", equalTo("Styrelseledamot"))
                .body("otherRegisters[1].phone", equalTo(phone));
        assertTrue(jsonOccurrences(name) >= 3, "the twin town, its two versions and the network hold the name");

        Api.ADMIN.request().post("/api/v1/contact-persons/{id}/erasure", contact).then().statusCode(200);

        for (String value : List.of(name, email, phone)) {
            assertEquals(0, jsonOccurrences(value), "'" + value + "' is still in a twin town or network, or their history");
            assertEquals(0, occurrences(value), "'" + value + "' is still stored somewhere");
        }
        Api.ADVISOR.get("/api/v1/twin-towns/{id}", townId).then().statusCode(200)
                .body("contacts.name", contains(PersonalDataService.ERASED_NAME, "Ola Annan"))
                .body("contacts[0].role", equalTo("Rådgiver")).body("notes", equalTo("Nytt avtal på gång"));
        Api.ADVISOR.get("/api/v1/external-networks/{id}", networkId).then().statusCode(200)
                .body("members[0].name", equalTo(PersonalDataService.ERASED_NAME))
                .body("members[0].unitName", equalTo("Vänortskontoret"));
        String history = Api.ADVISOR.get("/api/v1/twin-towns/{id}/history", townId).then().statusCode(200)
                .extract().asString();
        assertFalse(history.contains(name) || history.contains(phone), history);
    }

    @Test
    void someoneInNoRegisterShouldBeExportedAndErasedByEmail() {
        String code = Api.uniqueCode("PM");
        String email = "medlem." + code.toLowerCase() + "@example.se";
        String networkId = Api.ADVISOR.post("/api/v1/external-networks", Map.of("name", "EFFEKNET " + code, "members",
                List.of(Map.of("name", "Mona Medlem " + code, "role", "Kontaktperson", "email", email))))
                .then().statusCode(201).extract().path("id");
        // The same person as a partner organisation's contact, kept there and in its history.
        String partnerId = Api.createPartner("Effektiv kommun " + code, "SE", "MUNICIPALITY", "contacts",
                List.of(Map.of("name", "Mona Medlem " + code, "role", "EU-samordnare", "email", email, "phone", "+46 8 123 45")));
        Api.ADVISOR.put("/api/v1/partners/{id}", "\"0\"", Api.partnerBody("Effektiv kommun " + code, "SE", "MUNICIPALITY",
                "city", "Eskilstuna", "contacts", List.of(Map.of("name", "Mona Medlem " + code, "role", "EU-samordnare",
                        "email", email, "phone", "+46 8 123 45"))), partnerId).then().statusCode(200);

        Api.ADVISOR.get("/api/v1/personal-data?email={e}", email).then().statusCode(403);
        Api.ADMIN.get("/api/v1/personal-data?email=inte-en-adress").then().statusCode(400)
                .contentType("application/problem+json");
        Api.ADMIN.get("/api/v1/personal-data?email={e}", email.toUpperCase()).then().statusCode(200)
                .body("otherRegisters.recordId", contains(networkId, partnerId))
                .body("otherRegisters.register", contains("EXTERNAL_NETWORK_MEMBER", "PARTNER_CONTACT"))
                .body("otherRegisters[1].phone", equalTo("+46 8 123 45")).body("eventRegistrations.size()", equalTo(0));

        Api.ADMIN.request().post("/api/v1/personal-data/erasure?email={e}", email).then().statusCode(200)
                .body("otherRegisters", equalTo(2)).body("eventRegistrations", equalTo(0));
        Api.ADVISOR.get("/api/v1/partners/{id}", partnerId).then().body("contacts[0].name", equalTo("Erased person"))
                .body("contacts[0].email", nullValue()).body("contacts[0].role", equalTo("EU-samordnare"));
        Api.ADMIN.get("/api/v1/personal-data?email={e}", email).then().statusCode(200)
                .body("otherRegisters.size()", equalTo(0));
        assertEquals(0, jsonOccurrences("Mona Medlem " + code));
    }

    @Test
    void erasureByEmailShouldLeaveTheExportsInTheLogWithoutTheEmail() {
        String code = Api.uniqueCode("PX");
        String email = "export." + code.toLowerCase() + "@example.se";
        Api.ADVISOR.post("/api/v1/external-networks", Map.of("name", "EXPORTNET " + code, "members",
                List.of(Map.of("name", "Ebba Export " + code, "role", "Kontaktperson", "email", email))))
                .then().statusCode(201);
        // Exported as a page twice: with the '@' as typed and in capitals, and encoded (%40) as the SPA sends it.
        Api.ADMIN.raw().accept("text/html, application/problem+json")
                .get("/api/v1/personal-data.html?email=" + email.toUpperCase()).then().statusCode(200);
        Api.ADMIN.raw().urlEncodingEnabled(false).accept("text/html, application/problem+json")
                .get("/api/v1/personal-data.html?email=" + email.replace("@", "%40") + "&lang=en").then().statusCode(200);
        List<String> exported = exportsNaming(email);
        assertEquals(2, exported.size(), "both exports are logged under the e-mail");
        long rows = exportLogRows();

        Api.ADMIN.request().post("/api/v1/personal-data/erasure?email={e}", email).then().statusCode(200);

        assertEquals(List.of(), exportsNaming(email), "the export log still names the e-mail");
        assertEquals(rows, exportLogRows(), "an erasure removes no export from the log");
        Map<String, String> resources = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> found = new HashMap<>();
            for (String id : exported) {
                found.put(id, (String) em.createNativeQuery("select resource from export_log where id = cast(:id as uuid)")
                        .setParameter("id", id).getSingleResult());
            }
            return found;
        });
        assertEquals(java.util.Set.of("/api/v1/personal-data.html?email=erased",
                "/api/v1/personal-data.html?email=erased&lang=en"), new java.util.HashSet<>(resources.values()));
        assertEquals(0, occurrences(email) + occurrences(email.replace("@", "%40")) + occurrences(email.toUpperCase()));
        // The log's rows are still immutable outside an erasure.
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update export_log set resource = 'x' where id = cast(:id as uuid)")
                .setParameter("id", exported.get(0)).executeUpdate()));
    }

    /** The ids of the export log's entries (as the auditor reads them) whose address names the e-mail, decoded, any case. */
    private static List<String> exportsNaming(String email) {
        return Api.AUDITOR.get("/api/v1/exports?kind=FILE&size=200").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .filter(e -> java.net.URLDecoder.decode(String.valueOf(e.get("resource")), java.nio.charset.StandardCharsets.UTF_8)
                        .toLowerCase().contains(email.toLowerCase()))
                .map(e -> String.valueOf(e.get("id"))).toList();
    }

    private long exportLogRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from export_log")
                .getSingleResult()).longValue());
    }

    /** How many rows of any JSON column (twin towns' contacts, networks' members, their history) hold the value, any case. */
    @SuppressWarnings("unchecked")
    private long jsonOccurrences(String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery("select table_name, column_name from information_schema.columns"
                    + " where table_schema = 'public' and data_type in ('json', 'jsonb')").getResultList();
            long found = 0;
            for (Object[] column : new ArrayList<>(columns)) {
                found += ((Number) em.createNativeQuery("select count(*) from \"" + column[0] + "\" where lower(\""
                        + column[1] + "\"::text) like :v").setParameter("v", "%" + value.toLowerCase() + "%")
                        .getSingleResult()).longValue();
            }
            return found;
        });
    }

    /** How many rows of any text column of any table in the schema hold the value. */
    @SuppressWarnings("unchecked")
    private long occurrences(String value) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> columns = em.createNativeQuery("""
                    select table_name, column_name from information_schema.columns
                    where table_schema = 'public' and data_type in ('character varying', 'text')
                    """).getResultList();
            long found = 0;
            for (Object[] column : new ArrayList<>(columns)) {
                found += ((Number) em.createNativeQuery("select count(*) from \"" + column[0] + "\" where \""
                        + column[1] + "\" like :v").setParameter("v", "%" + value + "%").getSingleResult()).longValue();
            }
            return found;
        });
    }
}
