package org.shoetopia.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A TCP proxy on loopback that, once armed, lets the next request reach the server, waits for the
 * server's answer (so the work is done: a transaction committed), then cuts the connection instead
 * of passing that answer on: the client sees a lost connection for a checkout that did commit, the
 * one outcome a retry with the same key must answer with the first receipt. Between a pool and
 * PostgreSQL the request is the next COMMIT; between a till and a Shoetopia server (TLS, so opaque)
 * it is whatever the till sends next.
 */
public final class AnswerDroppingProxy implements AutoCloseable {
    private static final byte[] COMMIT = "COMMIT".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket listener;
    private final InetSocketAddress server;
    private final Predicate<Chunk> marksTheRequest;
    private final AtomicBoolean armed = new AtomicBoolean();
    private final AtomicInteger answersDropped = new AtomicInteger();
    private final Thread acceptor;

    private AnswerDroppingProxy(String serverHost, int serverPort, Predicate<Chunk> marksTheRequest)
            throws IOException {
        this.server = new InetSocketAddress(serverHost, serverPort);
        this.marksTheRequest = marksTheRequest;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "answer-dropping-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Between a pool and PostgreSQL: the answer dropped is a COMMIT's. */
    public static AnswerDroppingProxy ofPostgresCommits(String host, int port) throws IOException {
        return new AnswerDroppingProxy(host, port, chunk -> Bytes.contains(chunk.bytes, chunk.length, COMMIT));
    }

    /** Between a till and a server: the answer dropped is that of the till's next call. */
    public static AnswerDroppingProxy ofCalls(String host, int port) throws IOException {
        return new AnswerDroppingProxy(host, port, chunk -> true);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The next request any connection sends is done by the server, and its answer never arrives. */
    public void dropTheNextAnswer() {
        armed.set(true);
    }

    public int answersDropped() {
        return answersDropped.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket upstream = new Socket(server.getHostString(), server.getPort());
                var connection = new ProxiedConnection(client, upstream);
                daemon(connection::clientToServer, "proxy-c2s").start();
                daemon(connection::serverToClient, "proxy-s2c").start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static Thread daemon(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private final class ProxiedConnection {
        private final Socket client;
        private final Socket upstream;
        /** Set once this connection's marked request went to the server: its answer is swallowed, the line cut. */
        private volatile boolean cutOnAnswer;

        ProxiedConnection(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void clientToServer() {
            pump(client, upstream, chunk -> {
                if (armed.get() && marksTheRequest.test(chunk) && armed.compareAndSet(true, false)) {
                    cutOnAnswer = true;
                }
                return true;
            });
        }

        void serverToClient() {
            pump(upstream, client, chunk -> {
                if (cutOnAnswer) {
                    answersDropped.incrementAndGet();
                    closeBoth();
                    return false;
                }
                return true;
            });
        }

        private void pump(Socket from, Socket to, ChunkFilter filter) {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    // The filter sees the chunk before it is passed on, so a request is marked before it
                    // can be answered.
                    if (!filter.passOn(new Chunk(buffer, read))) {
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cut) {
                // one side went away: the other is closed below
            } finally {
                closeBoth();
            }
        }

        private void closeBoth() {
            closeQuietly(client);
            closeQuietly(upstream);
        }
    }

    @SuppressWarnings("ArrayRecordComponent") // the read buffer, looked at once and never compared
    private record Chunk(byte[] bytes, int length) {}

    private interface ChunkFilter {
        boolean passOn(Chunk chunk);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
