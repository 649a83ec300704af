package se.sodertalje.euportal.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import se.sodertalje.euportal.scan.ClamdClient;

/**
 * A real clamd (Debian's clamav-daemon, installed by ops/setup.sh) on a free loopback port for the test run,
 * with the repository's EICAR-only test signatures (ops/clamav), so every upload in every test passes the
 * virus scan as in production. Tests that stop it (scanner down) get it through {@link InjectClamd}.
 */
public class ClamdServer implements QuarkusTestResourceLifecycleManager {

    /** Marks the test field of type ClamdServer that gets the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectClamd {
    }

    private static final Path OPS = Path.of("..", "ops", "clamav").toAbsolutePath().normalize();

    private Path work;
    private int port;
    private Process process;

    @Override
    public Map<String, String> start() {
        port = freePort();
        try {
            work = Files.createDirectories(Path.of("target", "clamd").toAbsolutePath());
            String config = Files.readString(OPS.resolve("clamd.conf.template"))
                    .replace("@PORT@", String.valueOf(port))
                    .replace("@DATABASE@", OPS.resolve("test-signatures").toString())
                    .replace("@WORK@", work.toString());
            Files.writeString(work.resolve("clamd.conf"), config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the test clamd's configuration under target/clamd", e);
        }
        startClamd();
        return Map.of("euportal.clamav.enabled", "true", "euportal.clamav.host", "127.0.0.1",
                "euportal.clamav.port", String.valueOf(port));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.AnnotatedAndMatchesType(InjectClamd.class, ClamdServer.class));
    }

    @Override
    public void stop() {
        halt();
    }

    /** Starts clamd (again, on the same port) and waits until it answers PING. */
    public void startClamd() {
        String clamd = System.getenv().getOrDefault("CLAMD", "/usr/sbin/clamd");
        if (!Files.isExecutable(Path.of(clamd))) {
            throw new IllegalStateException(clamd + " is missing: ops/setup.sh installs it (Debian's clamav-daemon)");
        }
        long started = System.nanoTime();
        try {
            process = new ProcessBuilder(clamd, "-c", work.resolve("clamd.conf").toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("clamd.out").toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + clamd, e);
        }
        ClamdClient client = new ClamdClient("127.0.0.1", port, 500, 2_000);
        long deadline = started + TimeUnit.SECONDS.toNanos(30);
        while (!client.ping()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                halt();
                throw new IllegalStateException("The test clamd did not answer on port " + port + "; see " + work);
            }
            sleep();
        }
        System.out.printf("[ClamdServer] clamd answered on 127.0.0.1:%d after %d ms%n", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Stops clamd: uploads meanwhile meet a scanner that is down. */
    public void halt() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the test clamd", e);
        }
    }
}
