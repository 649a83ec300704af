package se.sodertalje.euportal.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ClamdClientTest {

    @Test
    void repliesShouldBeReadAsCleanInfectedOrAnError() throws IOException {
        assertEquals(ScanResult.clean(), ClamdClient.parse("stream: OK"));
        assertEquals(ScanResult.infected("Eicar-Test-Signature.UNOFFICIAL"),
                ClamdClient.parse("stream: Eicar-Test-Signature.UNOFFICIAL FOUND"));
        assertThrows(IOException.class, () -> ClamdClient.parse("INSTREAM size limit exceeded. ERROR"));
    }

    @Test
    void aScannerThatDoesNotAnswerShouldFailWithinTheReadTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0)) {
            ClamdClient client = new ClamdClient("127.0.0.1", silent.getLocalPort(), 500, 300);
            long started = System.nanoTime();
            assertThrows(IOException.class, () -> client.scan("hej".getBytes()));
            assertEquals(true, System.nanoTime() - started < 5_000_000_000L);
        }
    }
}
