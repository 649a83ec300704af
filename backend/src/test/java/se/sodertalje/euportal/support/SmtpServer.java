package se.sodertalje.euportal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free port for the test run; the backend's mailer sends to it, and
 * tests read what was delivered through a field annotated {@link InjectSmtpServer}.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field of type GreenMail that gets the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectSmtpServer {
    }

    private GreenMail greenMail;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        giveUpOnSilentClients(greenMail);
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(greenMail,
                new TestInjector.AnnotatedAndMatchesType(InjectSmtpServer.class, GreenMail.class));
    }

    @Override
    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /**
     * Now and then the mailer opens a connection and sends nothing on it; GreenMail waits 30 s before it
     * answers 421, and the sender tries again only then (a quarter of an hour of a backend run). Give up on
     * a silent client after 2 s. Call it after every start: a restarted GreenMail has new servers.
     */
    public static void giveUpOnSilentClients(GreenMail greenMail) {
        greenMail.getSmtp().setClientSocketTimeout(2_000);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test SMTP server", e);
        }
    }
}
