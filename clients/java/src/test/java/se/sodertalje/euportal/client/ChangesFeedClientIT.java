package se.sodertalje.euportal.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import se.sodertalje.euportal.client.api.ChangesApi;
import se.sodertalje.euportal.client.model.ChangeEntry;
import se.sodertalje.euportal.client.model.ChangePage;

/**
 * The generated client against the running stack, as an integration would use it: a token by client
 * credentials from Keycloak (the euportal-integration client), then the changes feed page by page.
 */
@EnabledIfEnvironmentVariable(named = "EUPORTAL_API_URL", matches = ".+")
class ChangesFeedClientIT {

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** docs/integrations.md, "Getting a token": POST grant_type=client_credentials to the realm's token endpoint. */
    static String clientCredentialsToken() throws Exception {
        String tokenUrl = env("EUPORTAL_TOKEN_URL", "http://localhost:8180/realms/euportal/protocol/openid-connect/token");
        String form = "grant_type=client_credentials&client_id="
                + URLEncoder.encode(env("EUPORTAL_CLIENT_ID", "euportal-integration"), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(env("EUPORTAL_CLIENT_SECRET", "demo-integration-secret"),
                StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode token = new ObjectMapper().readTree(response.body());
        return token.get("access_token").asText();
    }

    @Test
    void theGeneratedClientShouldReadTheChangesFeedWithAClientCredentialsToken() throws Exception {
        String token = clientCredentialsToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(System.getenv("EUPORTAL_API_URL"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ChangesApi changes = new ChangesApi(client);

        ChangePage first = changes.changeResourceChanges(null, 50, null);
        assertFalse(first.getItems().isEmpty(), "the demo data's records are in the feed");
        long previous = 0;
        for (ChangeEntry entry : first.getItems()) {
            assertNotNull(entry.getType());
            assertNotNull(entry.getId());
            assertTrue(entry.getLink().startsWith("/api/v1/"), entry.getLink());
            long cursor = Long.parseLong(entry.getCursor());
            assertTrue(cursor > previous, "in feed order");
            previous = cursor;
        }
        ChangePage next = changes.changeResourceChanges(first.getNext(), 50, List.of());
        if (!next.getItems().isEmpty()) {
            assertTrue(Long.parseLong(next.getItems().get(0).getCursor()) > previous, "the next page follows on");
        }
    }
}
