package se.sodertalje.euportal.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A plain client of clamd's INSTREAM command over TCP: {@code zINSTREAM\0}, the content in chunks each
 * led by its length as 4 bytes big-endian, a zero length to end; clamd answers {@code stream: OK} or
 * {@code stream: <signature> FOUND}, NUL-terminated. One connection per scan, so no state is shared.
 */
public final class ClamdClient {

    /** clamd's StreamMaxLength is counted over the chunks; 64 KiB chunks keep the writes small. */
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 4096;

    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;

    public ClamdClient(String host, int port, int connectTimeoutMillis, int readTimeoutMillis) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = connectTimeoutMillis;
        this.readTimeoutMillis = readTimeoutMillis;
    }

    /**
     * @return the verdict on {@code content}
     * @throws IOException when clamd cannot be reached, does not answer in time, or answers with an error
     *         (e.g. "INSTREAM size limit exceeded"): the caller refuses the upload, it does not store it unscanned
     */
    public ScanResult scan(byte[] content) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int at = 0; at < content.length; at += CHUNK) {
                int length = Math.min(CHUNK, content.length - at);
                out.write(ByteBuffer.allocate(4).putInt(length).array());
                out.write(content, at, length);
            }
            out.write(new byte[4]);
            out.flush();
            return parse(readReply(socket.getInputStream()));
        }
    }

    /** @return true when clamd answers PING with PONG (the tests wait for their clamd with it). */
    public boolean ping() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            socket.getOutputStream().write("zPING\0".getBytes(StandardCharsets.US_ASCII));
            return "PONG".equals(readReply(socket.getInputStream()));
        } catch (IOException e) {
            return false;
        }
    }

    static ScanResult parse(String reply) throws IOException {
        String answer = reply.startsWith("stream: ") ? reply.substring("stream: ".length()) : reply;
        if (answer.equals("OK")) {
            return ScanResult.clean();
        }
        if (answer.endsWith(" FOUND")) {
            return ScanResult.infected(answer.substring(0, answer.length() - " FOUND".length()).strip());
        }
        throw new IOException("clamd answered: " + reply);
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && reply.size() < MAX_REPLY) {
            reply.write(b);
        }
        if (b < 0 && reply.size() == 0) {
            throw new IOException("clamd closed the connection without an answer");
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}
