package org.fengqiao.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection driven by hand, so a test decides exactly which requests share a write (a
 * pipelined pair) and which follow on the same connection. A response that does not come within the socket
 * timeout reads as {@link #NO_ANSWER}.
 */
final class RawHttp implements AutoCloseable {

    static final String NO_ANSWER = "(no answer)";

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(int port, int timeoutMillis) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(timeoutMillis);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    static String get(String path, String bearerToken) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + (bearerToken == null ? "" : "Authorization: Bearer " + bearerToken + "\r\n") + "\r\n";
    }

    /** Writes the requests in one go. */
    void send(String... requests) throws IOException {
        out.write(String.join("", requests).getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads {@code count} responses as {@code "<status> <body>"}, or {@link #NO_ANSWER} for one that never came. */
    List<String> read(int count) throws IOException {
        List<String> responses = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String status = readLine();
                int length = 0;
                boolean chunked = false;
                for (String line = readLine(); !line.isEmpty(); line = readLine()) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(lower.substring("content-length:".length()).trim());
                    } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                        chunked = true;
                    }
                }
                String body = chunked ? readChunked() : new String(in.readNBytes(length), StandardCharsets.UTF_8);
                responses.add(status.split(" ")[1] + " " + body);
            }
        } catch (SocketTimeoutException stalled) {
            responses.add(NO_ANSWER);
        }
        return responses;
    }

    private String readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(readLine().trim(), 16); size > 0; size = Integer.parseInt(readLine().trim(), 16)) {
            body.write(in.readNBytes(size));
            readLine();
        }
        readLine();
        return body.toString(StandardCharsets.UTF_8);
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed by the server");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
