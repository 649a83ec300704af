package se.sodertalje.euportal.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.sodertalje.euportal.common.error.ApiProblem;

class WebhookRulesTest {

    @Test
    void theWaitShouldDoubleFromTheInitialUpToTheMaximum() {
        WebhookDispatcher dispatcher = new WebhookDispatcher();
        dispatcher.backoffInitial = Duration.ofSeconds(30);
        dispatcher.backoffMax = Duration.ofHours(1);
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4)),
                List.of(dispatcher.backoff(1), dispatcher.backoff(2), dispatcher.backoff(3), dispatcher.backoff(4)));
        assertEquals(Duration.ofMinutes(32), dispatcher.backoff(7));
        assertEquals(Duration.ofHours(1), dispatcher.backoff(8));
        assertEquals(Duration.ofHours(1), dispatcher.backoff(500));
    }

    @Test
    void onlyAbsoluteHttpUrlsShouldBeSubscribers() {
        assertEquals("https://archive.example.se/hook", WebhookService.checkedUrl(" https://archive.example.se/hook "));
        assertEquals("http://127.0.0.1:8193/hook?x=1", WebhookService.checkedUrl("http://127.0.0.1:8193/hook?x=1"));
        for (String bad : List.of("ftp://example.se/x", "/relative", "file:///etc/passwd", "https://user:pw@example.se/",
                "https://example.se/#frag", "not a url", "javascript:alert(1)")) {
            ApiProblem problem = assertThrows(ApiProblem.class, () -> WebhookService.checkedUrl(bad), bad);
            assertEquals("WEBHOOK-001", problem.code().code());
        }
    }
}
