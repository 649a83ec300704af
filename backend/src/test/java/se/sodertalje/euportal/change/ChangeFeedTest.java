package se.sodertalje.euportal.change;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;

@QuarkusTest
class ChangeFeedTest {

    @Inject
    AgroalDataSource dataSource;

    /** The cursor at the head of the feed now: what a new reader would start from. */
    private static String head(Api who) {
        String cursor = "0";
        while (true) {
            JsonPath page = who.get("/api/v1/changes?limit=1000&after=" + cursor).then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return cursor;
            }
        }
    }

    /** Every entry after the cursor, page by page (pages of the given size). */
    private static List<Map<String, Object>> readAll(Api who, String after, int limit, String... extra) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = after;
        while (true) {
            JsonPath page = who.get("/api/v1/changes?limit=" + limit + "&after=" + cursor + String.join("", extra))
                    .then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("next");
            if (!page.getBoolean("more")) {
                return all;
            }
        }
    }

    @Test
    void createdChangedAndDeletedRecordsShouldAppearInOrderWithTypeVersionUnitAndLink() {
        String start = head(Api.ADVISOR);
        String code = Api.uniqueCode("CF");
        UUID unit = Api.createUnit(code, "Flödesenheten");
        UUID contact = Api.createContact(unit, "Flora Flöde", "flora@example.se", "OTHER");
        Api.ADMIN.put("/api/v1/contact-persons/{id}", "\"0\"", Map.of("unitId", unit.toString(), "name", "Flora Flöde",
                "email", "flora.flode@example.se", "roles", List.of("OTHER")), contact).then().statusCode(200);
        Api.ADMIN.delete("/api/v1/contact-persons/{id}", "\"1\"", contact).then().statusCode(204);

        List<Map<String, Object>> mine = readAll(Api.ADMIN, start, 2).stream()
                .filter(e -> Set.of(unit.toString(), contact.toString()).contains(e.get("id"))).toList();
        assertEquals(List.of("UNIT CREATED 0", "CONTACT_PERSON CREATED 0", "CONTACT_PERSON UPDATED 1",
                "CONTACT_PERSON DELETED 1"), mine.stream().map(e -> e.get("type") + " " + e.get("change") + " "
                + e.get("version")).toList());
        mine.forEach(e -> assertEquals(unit.toString(), e.get("unitId")));
        assertEquals("/api/v1/units/" + unit, mine.get(0).get("link"));
        assertEquals("/api/v1/contact-persons/" + contact, mine.get(3).get("link"));
        // The link of a record is its API path: reading it gives the version the feed names.
        Api.ADMIN.get((String) mine.get(0).get("link")).then().statusCode(200).header("ETag", "\"0\"");
        List<Long> cursors = mine.stream().map(e -> Long.parseLong((String) e.get("cursor"))).toList();
        assertEquals(cursors.stream().sorted().toList(), cursors);
    }

    @Test
    void aUnitMemberShouldSeeTheirUnitsRecordsAndThoseOfNoUnitOnly() {
        String start = head(Api.ADVISOR);
        String mineCode = Api.uniqueCode("CM");
        String otherCode = Api.uniqueCode("CO");
        UUID mine = Api.createUnit(mineCode, "Min enhet");
        UUID other = Api.createUnit(otherCode, "Annan enhet");
        UUID programme = Api.createProgramme(Api.uniqueCode("CP"), "ERDF");

        Set<Object> seen = new HashSet<>();
        readAll(Api.applicant(mineCode), start, 50).forEach(e -> seen.add(e.get("id")));
        assertTrue(seen.contains(mine.toString()));
        assertTrue(seen.contains(programme.toString()));
        assertFalse(seen.contains(other.toString()));

        Set<Object> all = new HashSet<>();
        readAll(Api.AUDITOR, start, 50).forEach(e -> all.add(e.get("id")));
        assertTrue(all.containsAll(Set.of(mine.toString(), other.toString(), programme.toString())));

        List<Map<String, Object>> programmes = readAll(Api.AUDITOR, start, 50, "&type=PROGRAMME");
        assertTrue(programmes.stream().allMatch(e -> "PROGRAMME".equals(e.get("type"))));
        assertTrue(programmes.stream().anyMatch(e -> programme.toString().equals(e.get("id"))));
    }

    @Test
    void aReaderWhoseScopeLeavesTheRestOutShouldMoveItsCursorOn() {
        String start = head(Api.ADVISOR);
        Api.createUnit(Api.uniqueCode("CX"), "Någon annans");
        JsonPath page = Api.applicant("NOWHERE").get("/api/v1/changes?after=" + start).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(Long.parseLong(page.getString("next")) > Long.parseLong(start));
    }

    @Test
    void aBadCursorOrLimitShouldAnswer400() {
        for (String query : List.of("after=abc", "after=-1", "limit=0", "limit=1001", "type=NOTHING")) {
            Api.ADVISOR.get("/api/v1/changes?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        Api.ANONYMOUS.get("/api/v1/changes").then().statusCode(401);
    }

    /**
     * A transaction that wrote first but commits last must not be skipped by a reader that moved its cursor
     * past a transaction that wrote later and committed first: positions follow commit order.
     */
    @Test
    void aTransactionCommittingAfterALaterOneShouldComeAfterItInTheFeed() throws SQLException {
        UUID first = Api.createProgramme(Api.uniqueCode("CA"), "ERDF");
        UUID second = Api.createProgramme(Api.uniqueCode("CB"), "ERDF");
        String start = head(Api.ADVISOR);
        try (Connection slow = dataSource.getConnection(); Connection fast = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            fast.setAutoCommit(false);
            rename(slow, first);
            rename(fast, second);
            fast.commit();
            JsonPath page = Api.ADVISOR.get("/api/v1/changes?after=" + start).then().statusCode(200).extract().jsonPath();
            assertEquals(List.of(second.toString()), page.getList("items.id"));
            String cursor = page.getString("next");
            slow.commit();
            List<Map<String, Object>> later = readAll(Api.ADVISOR, cursor, 10);
            assertEquals(List.of(first.toString()), later.stream().map(e -> e.get("id")).toList());
        }
    }

    /**
     * Writers commit concurrently in shuffled order while a reader follows the feed with its cursor: the
     * reader gets every committed change exactly once, each record's versions in order.
     */
    @Test
    void aReaderFollowingConcurrentWritersShouldSeeEveryChangeOnceAndInOrder() throws Exception {
        int writers = 4;
        int changesEach = 15;
        List<UUID> programmes = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            programmes.add(Api.createProgramme(Api.uniqueCode("CC"), "ESF_PLUS"));
        }
        String start = head(Api.ADVISOR);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (UUID programme : programmes) {
            running.add(pool.submit(() -> {
                for (int i = 0; i < changesEach; i++) {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        rename(c, programme);
                        // Hold the transaction open a little, so commits overtake one another.
                        try (PreparedStatement sleep = c.prepareStatement("select pg_sleep(?)")) {
                            sleep.setDouble(1, ThreadLocalRandom.current().nextInt(0, 20) / 1000.0);
                            sleep.execute();
                        }
                        c.commit();
                    }
                }
                return null;
            }));
        }
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = start;
        while (running.stream().anyMatch(f -> !f.isDone())) {
            JsonPath page = Api.ADVISOR.get("/api/v1/changes?limit=7&type=PROGRAMME&after=" + cursor).then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(page.getList("items"));
            cursor = page.getString("next");
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        seen.addAll(readAll(Api.ADVISOR, cursor, 7, "&type=PROGRAMME"));

        Map<Object, List<Integer>> versions = new HashMap<>();
        seen.stream().filter(e -> programmes.contains(UUID.fromString((String) e.get("id"))))
                .forEach(e -> versions.computeIfAbsent(e.get("id"), k -> new ArrayList<>()).add((Integer) e.get("version")));
        assertEquals(writers, versions.size());
        for (List<Integer> v : versions.values()) {
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= changesEach; i++) {
                expected.add(i);
            }
            assertEquals(expected, v, "every version once, in order");
        }
    }

    private static void rename(Connection c, UUID programme) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update programme set name = name || '.', version = version + 1 where id = ?")) {
            update.setObject(1, programme);
            assertEquals(1, update.executeUpdate());
        }
    }
}
