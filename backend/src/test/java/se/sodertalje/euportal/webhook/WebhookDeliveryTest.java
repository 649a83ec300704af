package se.sodertalje.euportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Api;
import se.sodertalje.euportal.support.Metrics;
import se.sodertalje.euportal.support.SmtpServer.InjectSmtpServer;

/**
 * Deliveries to a real HTTP receiver in the test (the JDK's HttpServer on 127.0.0.1:8193–8196). The scheduler
 * is off in tests; the tests run the dispatcher themselves, and the test profile's backoff is 100 ms.
 */
@QuarkusTest
class WebhookDeliveryTest {

    static final String SECRET = "test-secret-of-at-least-24-characters";

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    AgroalDataSource dataSource;

    @InjectSmtpServer
    GreenMail mail;

    private HttpServer server;
    private String webhook;

    /** A request the receiver got: its headers of interest and its raw body. */
    record Received(String delivery, String timestamp, String signature, String body) {
    }

    private List<Received> receive(int port, IntSupplier status) throws IOException {
        List<Received> received = new CopyOnWriteArrayList<>();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(exchange.getRequestHeaders().getFirst("X-Euportal-Delivery"),
                        exchange.getRequestHeaders().getFirst("X-Euportal-Timestamp"),
                        exchange.getRequestHeaders().getFirst("X-Euportal-Signature"), body));
                int code = status.getAsInt();
                byte[] answer = ("answer " + code).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(code, code == 204 ? -1 : answer.length);
                if (code != 204) {
                    exchange.getResponseBody().write(answer);
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
        return received;
    }

    private String subscribe(int port, String... types) {
        JsonPath created = Api.ADMIN.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:" + port + "/hook",
                "types", List.of(types), "secret", SECRET, "description", "test receiver")).then().statusCode(201)
                .extract().jsonPath();
        assertEquals(SECRET, created.getString("secret"));
        webhook = created.getString("webhook.id");
        return webhook;
    }

    /**
     * The dispatcher serves every subscriber in the database: pause those other tests left behind (e.g. the
     * contract fuzz test's), so that these tests count only their own receiver's deliveries.
     */
    @BeforeEach
    void pauseOthers() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement pause = c.prepareStatement(
                "update webhook set status = 'PAUSED', paused_reason = 'paused by WebhookDeliveryTest'"
                        + " where status = 'ACTIVE'")) {
            pause.executeUpdate();
        }
    }

    @AfterEach
    void stop() {
        if (webhook != null) {
            String version = Api.ADMIN.get("/api/v1/webhooks/{id}", webhook).then().extract().header("ETag");
            Api.ADMIN.delete("/api/v1/webhooks/{id}", version, webhook).then().statusCode(204);
            webhook = null;
        }
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Runs the dispatcher until the condition holds (at most 30 s). */
    private void runUntil(BooleanSupplier done) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!done.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < until, "the dispatcher did not get there in 30 s");
            dispatcher.runOnce();
            Thread.sleep(50);
        }
    }

    /** The receiver's side of docs/integrations.md: HMAC-SHA256(secret, timestamp + "." + body), hex. */
    static boolean verifies(String secret, String timestamp, String body, String signatureHeader) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
        return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signatureHeader.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aDeliveryShouldBeSignedAsTheDocumentationSaysAndRecordedWithItsAnswer() throws Exception {
        List<Received> received = receive(8193, () -> 200);
        String id = subscribe(8193, "PROGRAMME");
        UUID programme = Api.createProgramme(Api.uniqueCode("WH"), "ERDF");

        runUntil(() -> !received.isEmpty());
        Received got = received.get(0);
        assertTrue(verifies(SECRET, got.timestamp(), got.body(), got.signature()), got.signature());
        assertFalse(verifies(SECRET, got.timestamp(), got.body() + " ", got.signature()), "a changed body fails");
        assertTrue(Math.abs(Long.parseLong(got.timestamp()) - System.currentTimeMillis() / 1000) < 60);
        JsonPath body = JsonPath.from(got.body());
        assertEquals(id, body.getString("webhookId"));
        assertEquals(programme.toString(), body.getString("change.id"));
        assertEquals("PROGRAMME", body.getString("change.type"));
        assertEquals("CREATED", body.getString("change.change"));
        assertEquals("/api/v1/programmes/" + programme, body.getString("change.link"));

        JsonPath deliveries = Api.ADMIN.get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(got.delivery(), deliveries.getString("[0].id"));
        assertEquals("SENT", deliveries.getString("[0].status"));
        assertEquals(got.body(), deliveries.getString("[0].body"));
        assertEquals(200, deliveries.getInt("[0].tries[0].statusCode"));
        assertEquals("answer 200", deliveries.getString("[0].tries[0].responseBody"));
        // The secret is shown once, at creation, never again.
        assertFalse(Api.ADMIN.get("/api/v1/webhooks/{id}", id).asString().contains(SECRET));
        assertFalse(Api.ADMIN.get("/api/v1/webhooks").asString().contains(SECRET));
    }

    @Test
    void aReceiverFailingThreeTimesShouldGetTheDeliveryOnTheFourthTry() throws Exception {
        String before = Metrics.scrape();
        AtomicInteger calls = new AtomicInteger();
        List<Received> received = receive(8194, () -> calls.incrementAndGet() <= 3 ? 503 : 204);
        String id = subscribe(8194, "PROGRAMME");
        Api.createProgramme(Api.uniqueCode("WF"), "ERDF");

        runUntil(() -> received.size() >= 4);
        Thread.sleep(300);
        dispatcher.runOnce();
        assertEquals(4, received.size(), "not sent again once received");
        assertEquals(1, received.stream().map(Received::delivery).distinct().count(), "the same delivery each time");
        assertEquals(1, received.stream().map(Received::body).distinct().count(), "the same body each time");
        JsonPath deliveries = Api.ADMIN.get("/api/v1/webhooks/{id}/deliveries", id).then().statusCode(200)
                .extract().jsonPath();
        assertEquals("SENT", deliveries.getString("[0].status"));
        assertEquals(4, deliveries.getInt("[0].attempts"));
        assertEquals(List.of(503, 503, 503, 204), deliveries.getList("[0].tries.statusCode"));
        assertNotNull(deliveries.getString("[0].sentAt"));
        // The operators see the same: three retried attempts and one sent, and nothing waiting.
        String after = Metrics.scrape();
        String count = "euportal_webhook_deliveries_seconds_count";
        assertEquals(3, Metrics.value(after, count, "outcome=\"retried\"") - Metrics.value(before, count, "outcome=\"retried\""));
        assertEquals(1, Metrics.value(after, count, "outcome=\"sent\"") - Metrics.value(before, count, "outcome=\"sent\""));
        assertEquals(0, Metrics.value(after, "euportal_webhook_pending_deliveries"), after);
    }

    @Test
    void twoInstancesShouldSendEachDeliveryOnceAndEachRecordsInOrder() throws Exception {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        List<Received> received = receive(8195, () -> {
            try {
                Thread.sleep(15);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 200;
        });
        subscribe(8195, "PROGRAMME");
        List<UUID> programmes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            programmes.add(Api.createProgramme(Api.uniqueCode("WT"), "ERDF"));
        }
        for (int round = 0; round < 4; round++) {
            for (UUID programme : programmes) {
                rename(programme);
            }
        }
        dispatcher.fanOut();
        // Two dispatchers over the same database, as two backend instances are.
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            sent.add(instances.submit(() -> {
                int n = 0;
                long until = System.currentTimeMillis() + 30_000;
                while (received.size() < 15 && System.currentTimeMillis() < until) {
                    if (dispatcher.sendOne()) {
                        n++;
                    } else {
                        Thread.sleep(5);
                    }
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : sent) {
            total += f.get();
        }
        instances.shutdown();
        assertEquals(15, received.size());
        assertEquals(15, total);
        received.forEach(r -> counts.merge(r.delivery(), 1, Integer::sum));
        assertEquals(15, counts.size(), "every delivery exactly once: " + counts);
        for (UUID programme : programmes) {
            List<Integer> versions = received.stream().map(r -> JsonPath.from(r.body()))
                    .filter(b -> programme.toString().equals(b.getString("change.id")))
                    .map(b -> b.getInt("change.version")).toList();
            assertEquals(List.of(0, 1, 2, 3, 4), versions, "a record's changes in order");
        }
    }

    @Test
    void aSubscriberFailingForADayShouldBePausedAndItsOwnerToldThenResumeInOrder() throws Exception {
        AtomicInteger status = new AtomicInteger(500);
        List<Received> received = receive(8196, status::get);
        String id = subscribe(8196, "PROGRAMME");
        Api.createProgramme(Api.uniqueCode("WP"), "ERDF");
        runUntil(() -> !received.isEmpty());
        // A day passes (the delivery was made a day ago): the next failure gives up and pauses.
        try (Connection c = dataSource.getConnection(); PreparedStatement age = c.prepareStatement(
                "update webhook_delivery set created_at = created_at - interval '25 hours' where webhook_id = ?")) {
            age.setObject(1, UUID.fromString(id));
            age.executeUpdate();
        }
        int before = received.size();
        double givenUp = Metrics.value(Metrics.scrape(), "euportal_webhook_deliveries_seconds_count", "outcome=\"given_up\"");
        runUntil(() -> "PAUSED".equals(Api.ADMIN.get("/api/v1/webhooks/{id}", id).then().extract().path("status")));
        JsonPath paused = Api.ADMIN.get("/api/v1/webhooks/{id}", id).then().statusCode(200).extract().jsonPath();
        assertTrue(paused.getString("pausedReason").contains("HTTP 500"), paused.prettify());
        assertEquals(givenUp + 1, Metrics.value(Metrics.scrape(), "euportal_webhook_deliveries_seconds_count",
                "outcome=\"given_up\""), "the operators see the delivery given up");
        assertEquals("FAILED", Api.ADMIN.get("/api/v1/webhooks/{id}/deliveries", id).then().extract().path("[0].status"));
        assertTrue(Api.ADMIN.get("/api/v1/notifications").then().statusCode(200).extract().jsonPath()
                .getList("kind").contains("WEBHOOK_PAUSED"));
        assertTrue(mail.waitForIncomingEmail(20_000, 1));
        assertTrue(java.util.Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().contains("webhook") && m.getAllRecipients()[0].toString().equals("adam.admin@example.test");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }));

        // Paused: new changes wait. Resumed: they go out.
        UUID later = Api.createProgramme(Api.uniqueCode("WR"), "ERDF");
        for (int i = 0; i < 3; i++) {
            dispatcher.runOnce();
        }
        int whilePaused = received.size();
        assertTrue(whilePaused > before);
        status.set(200);
        String etag = Api.ADMIN.get("/api/v1/webhooks/{id}", id).then().extract().header("ETag");
        Api.ADMIN.put("/api/v1/webhooks/{id}", etag, Map.of("url", "http://127.0.0.1:8196/hook", "types",
                List.of("PROGRAMME"), "active", true), id).then().statusCode(200);
        runUntil(() -> received.stream().anyMatch(r -> r.body().contains(later.toString())));
        assertEquals("ACTIVE", Api.ADMIN.get("/api/v1/webhooks/{id}", id).then().extract().path("status"));
    }

    @Test
    void badSubscribersShouldBeRefusedWithTheirCodes() {
        Api.ADMIN.post("/api/v1/webhooks", Map.of("url", "ftp://example.se/x")).then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("WEBHOOK-001"));
        Api.ADMIN.post("/api/v1/webhooks", Map.of("url", "/relative")).then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("WEBHOOK-001"));
        Api.ADMIN.post("/api/v1/webhooks", Map.of("url", "https://example.se/x", "secret", "short")).then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("WEBHOOK-002"));
        Api.ADMIN.post("/api/v1/webhooks", Map.of("url", "https://example.se/x", "types", List.of("NOTHING")))
                .then().statusCode(400);
        String id = Api.ADMIN.post("/api/v1/webhooks", Map.of("url", "https://example.se/x")).then().statusCode(201)
                .extract().path("webhook.id");
        webhook = id;
        assertTrue(Api.ADMIN.get("/api/v1/webhooks/{id}", id).then().extract().path("types") instanceof List<?> l
                && l.isEmpty());
        Api.ADMIN.put("/api/v1/webhooks/{id}", null, Map.of("url", "https://example.se/y"), id).then().statusCode(428);
        Api.ADMIN.put("/api/v1/webhooks/{id}", "\"0\"", Map.of("url", "https://example.se/y", "secret",
                "another-secret-of-24-characters-or-more"), id).then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("WEBHOOK-002"));
        Collections.emptyList();
    }

    private void rename(UUID programme) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "update programme set name = name || '.', version = version + 1 where id = ?")) {
            update.setObject(1, programme);
            assertEquals(1, update.executeUpdate());
        }
    }
}
