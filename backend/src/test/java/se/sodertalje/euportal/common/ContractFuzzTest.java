package se.sodertalje.euportal.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.support.Tokens;
import se.sodertalje.euportal.support.fuzz.FuzzFixture;
import se.sodertalje.euportal.support.fuzz.Mutations;
import se.sodertalje.euportal.support.fuzz.SampleBodies;
import se.sodertalje.euportal.support.fuzz.TableChecksum;

/**
 * Issue 13's contract fuzz test: every operation of the committed openapi.yaml (so a new one is
 * covered as soon as it is generated) gets a bounded corpus of bad values, as a user holding every
 * role and, for a unit's writes, as the unit's applicant: NUL and control characters, long text,
 * extreme dates, huge, tiny and negative numbers, numeric enums, wrong types, malformed JSON, wrong
 * content types, page overflow, weak or bare If-Match. No answer may be a 5xx, and no refused
 * request may change any table (a checksum of every table before and after it).
 */
@QuarkusTest
class ContractFuzzTest {

    private static final List<String> BAD_QUERY = List.of("a\u0000b", "\u001b", "2147483647", "-1",
            "99999999999999999999", "+999999999-12-31", "1e1000000", "x".repeat(2_500));
    private static final List<String> BAD_IF_MATCH = List.of("W/\"0\"", "0", "\"999999\"");
    private static final List<String> UNIT_SCOPED = List.of("/api/v1/applications", "/api/v1/ideas", "/api/v1/reports",
            "/api/v1/budgets", "/api/v1/partner-searches", "/api/v1/projects");

    @Inject
    AgroalDataSource dataSource;

    private final String everyRole = Tokens.bearer(Tokens.of("fuzz.everyone", List.of(), "applicant", "coordinator",
            "advisor", "auditor", "admin"));
    private final List<String> failures = new ArrayList<>();
    private TableChecksum checksum;
    private String baseline;
    private int requests;
    private int serverErrors;

    @Test
    void noBadValueAnswers5xxOrChangesDataWhenRefused() {
        FuzzFixture fixture = new FuzzFixture();
        String privileged = Tokens.bearer(Tokens.of("fuzz.everyone", List.of(fixture.unitCode, "INT"), "applicant",
                "coordinator", "advisor", "auditor", "admin"));
        String applicant = Tokens.bearer(Tokens.of("fuzz.applicant", List.of(fixture.unitCode), "applicant"));
        checksum = new TableChecksum(dataSource);
        OpenAPI api = new OpenAPIV3Parser().read(Path.of("..", "openapi.yaml").toUri().toString());
        SampleBodies samples = new SampleBodies(api, fixture::propertyValue);
        long start = System.nanoTime();
        int operations = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                operations++;
                String method = entry.getKey().name();
                Operation operation = entry.getValue();
                fuzz(privileged, method, path.getKey(), operation, fixture, samples, true);
                if (!method.equals("GET") && UNIT_SCOPED.stream().anyMatch(path.getKey()::startsWith)) {
                    fuzz(applicant, method, path.getKey(), operation, fixture, samples, false);
                }
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        System.out.printf("Contract fuzz: %d operations, %d requests, %d answers of 5xx, %d s%n", operations, requests,
                serverErrors, seconds);
        assertTrue(operations > 100, "every operation of openapi.yaml: " + operations);
        assertTrue(failures.isEmpty(), failures.size() + " failures of " + requests + " requests:\n"
                + String.join("\n", failures.subList(0, Math.min(80, failures.size()))));
    }

    private void fuzz(String token, String method, String template, Operation operation, FuzzFixture fixture,
            SampleBodies samples, boolean full) {
        List<String> segments = Arrays.asList(template.substring(1).split("/"));
        String path = resolve(segments, fixture, -1, null);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean needsIfMatch = parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equals(p.getName()));
        MediaType json = body(operation, "application/json");
        JsonNode sample = json == null ? null : samples.sample(json.getSchema());
        String jsonBody = sample == null ? null : sample.toString();
        String current = needsIfMatch ? etag(path) : null;
        // Path parameters: a NUL, and something that is not an id.
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).startsWith("{")) {
                for (String bad : List.of("%00", "not-an-id%0A")) {
                    send(token, method, resolve(segments, fixture, i, bad), null, jsonBody, "application/json",
                            current, "path " + segments.get(i) + "=" + bad);
                }
            }
        }
        if (full) {
            for (Parameter parameter : parameters) {
                if ("query".equals(parameter.getIn())) {
                    for (String bad : BAD_QUERY) {
                        send(token, method, path, parameter.getName() + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8),
                                jsonBody, "application/json", current,
                                "query " + parameter.getName() + "=" + abbreviate(bad));
                    }
                }
            }
        }
        if (needsIfMatch) {
            for (String bad : BAD_IF_MATCH) {
                send(token, method, path, null, jsonBody, "application/json", bad, "If-Match " + bad);
            }
        }
        if (sample != null) {
            String version = current;
            for (Mutations.Mutant mutant : Mutations.of(sample, full)) {
                int status = send(token, method, path, null, mutant.body().toString(), "application/json", version,
                        "body " + mutant.where() + "=" + mutant.what());
                if (needsIfMatch && status < 400) {
                    version = etag(path); // accepted: the record's version moved on
                }
            }
            for (String[] malformed : new String[][] {{"{", "application/json"}, {"{} []", "application/json"},
                    {"null", "application/json"}, {"[]", "application/json"}, {"x", "text/plain"},
                    {"<a/>", "application/xml"}}) {
                send(token, method, path, null, malformed[0], malformed[1], version, "body " + malformed[0] + " as " + malformed[1]);
            }
        }
        if (body(operation, "text/csv") != null) {
            for (String csv : List.of("a,b\n\u0000,x\n", "currency;month;unitsPerEur;source\nSEK;2026-01;1e1000000;x\n",
                    "currency;month;unitsPerEur;source\nSEK;+999999999-12;1;x\n", "")) {
                send(token, method, path, null, csv, "text/csv", null, "csv " + abbreviate(csv));
            }
        }
        if (body(operation, "application/octet-stream") != null) {
            send(token, method, path, null, "", "application/octet-stream", null, "empty upload");
            send(token, method, path, null, "x", "text/plain", null, "upload as text/plain");
        }
    }

    private static MediaType body(Operation operation, String type) {
        return operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                : operation.getRequestBody().getContent().get(type);
    }

    private static String resolve(List<String> segments, FuzzFixture fixture, int spoiled, String bad) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            path.append('/');
            if (segment.startsWith("{")) {
                int close = segment.indexOf('}');
                String name = segment.substring(1, close);
                String value = i == spoiled ? bad : fixture.pathValue(segments, i, name);
                path.append(value).append(segment.substring(close + 1));
            } else {
                path.append(segment);
            }
        }
        return path.toString();
    }

    private String etag(String path) {
        for (String candidate : List.of(path, path.substring(0, path.lastIndexOf('/')))) {
            Response response = given().urlEncodingEnabled(false).header("Authorization", everyRole)
                    .accept("application/json").get(candidate);
            if (response.statusCode() == 200 && response.header("ETag") != null) {
                return response.header("ETag");
            }
        }
        return "\"0\"";
    }

    private int send(String token, String method, String path, String query, String body, String contentType,
            String ifMatch, String what) {
        if (baseline == null) {
            baseline = checksum.take();
        }
        RequestSpecification spec = given().urlEncodingEnabled(false).header("Authorization", token)
                .accept("application/json, application/problem+json");
        if (ifMatch != null) {
            spec = spec.header("If-Match", ifMatch);
        }
        if (body != null && !method.equals("GET") && !method.equals("DELETE")) {
            spec = spec.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        String url = query == null ? path : path + "?" + query;
        Response response = spec.request(method, url);
        requests++;
        int status = response.statusCode();
        String call = method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}") + " " + what + " → " + status;
        if (status >= 500) {
            serverErrors++;
            failures.add("5xx: " + call + " " + abbreviate(response.asString()));
        }
        if (status < 400) {
            baseline = null; // an accepted request may change anything: the next one starts from a fresh checksum
            return status;
        }
        String after = checksum.take();
        if (!after.equals(baseline)) {
            failures.add("refused but changed " + TableChecksum.difference(baseline, after) + ": " + call);
        }
        baseline = after;
        return status;
    }

    private static String abbreviate(String text) {
        String printable = text.replace("\u0000", "\\0").replace("\n", "\\n");
        return printable.length() > 160 ? printable.substring(0, 160) + "…" : printable;
    }
}
