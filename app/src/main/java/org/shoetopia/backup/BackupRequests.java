package org.shoetopia.backup;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.shoetopia.files.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@code shoetopia backup} gets a backup while the app has the database open (H2 lets one
 * process open the file): the app listens on a Unix-domain socket in its data folder, owner-only,
 * and makes the backup itself, into the folder the command names. One request per connection:
 * the folder as one line; the answer is {@code ok <zip>} or {@code failed <reason>}.
 */
public final class BackupRequests implements AutoCloseable {
    static final String SOCKET = "backup.sock";
    private static final Logger log = LoggerFactory.getLogger(BackupRequests.class);
    private static final int MAX_REQUEST = 4096;

    private final ServerSocketChannel server;
    private final Path socket;

    private BackupRequests(ServerSocketChannel server, Path socket) {
        this.server = server;
        this.socket = socket;
    }

    /**
     * Listens for requests; {@code backUpTo} makes a backup into the folder given and returns the zip.
     * Call only while holding the database open: a socket left by an app that died is replaced.
     */
    public static BackupRequests listen(Path dataFolder, UnaryOperator<Path> backUpTo) throws IOException {
        Path socket = dataFolder.resolve(SOCKET);
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        OwnerOnly.restrict(socket);
        BackupRequests requests = new BackupRequests(server, socket);
        Thread thread = new Thread(() -> requests.serve(backUpTo), "backup-requests");
        thread.setDaemon(true);
        thread.start();
        return requests;
    }

    /** Asks the app running on {@code dataFolder} to back up into {@code folder}; returns the zip it made. */
    public static Path request(Path dataFolder, Path folder) {
        Path socket = dataFolder.resolve(SOCKET);
        if (!Files.exists(socket)) {
            throw new BackupException("Shoetopia is running on this computer but takes no backup requests (an older"
                    + " version, or its log says why it could not listen). Use Back up now on its Shop screen, or"
                    + " close it and back up again.");
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap((folder.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8)));
            String answer = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8).strip();
            if (answer.startsWith("ok ")) {
                return Path.of(answer.substring(3));
            }
            throw new BackupException(answer.startsWith("failed ") ? answer.substring(7) : "No answer from Shoetopia");
        } catch (IOException e) {
            throw new BackupException("Could not reach the running Shoetopia to back up: " + e.getMessage(), e);
        }
    }

    private void serve(UnaryOperator<Path> backUpTo) {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                // one thread a request: a caller that never writes its line holds up no other
                Thread answering = new Thread(() -> answer(client, backUpTo), "backup-request");
                answering.setDaemon(true);
                answering.start();
            } catch (IOException e) {
                if (server.isOpen()) {
                    log.warn("A backup request failed: {}", e.getMessage());
                }
            }
        }
    }

    private static void answer(SocketChannel client, UnaryOperator<Path> backUpTo) {
        try (client) {
            String answer;
            try {
                refuseAnotherUser(client);
                answer = "ok " + backUpTo.apply(Path.of(readLine(client)));
            } catch (RuntimeException | IOException e) {
                answer = "failed " + e.getMessage();
            }
            client.write(ByteBuffer.wrap((answer + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            log.warn("A backup request failed: {}", e.getMessage());
        }
    }

    /** The socket is in an owner-only folder; where the system says who is calling, it must be this user. */
    private static void refuseAnotherUser(SocketChannel client) throws IOException {
        try {
            UnixDomainPrincipal caller = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
            String me = System.getProperty("user.name");
            if (!caller.user().getName().equals(me)) {
                throw new IOException("only " + me + " may ask this app for a backup");
            }
        } catch (UnsupportedOperationException notSaid) {
            // Windows does not say; the folder's permissions are the guard there
        }
    }

    private static String readLine(SocketChannel client) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(MAX_REQUEST);
        while (buffer.hasRemaining()) {
            if (client.read(buffer) < 0) {
                break;
            }
            String sofar = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            int end = sofar.indexOf('\n');
            if (end >= 0) {
                return sofar.substring(0, end);
            }
        }
        throw new IOException("the request is not one line of at most " + MAX_REQUEST + " bytes");
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            log.warn("Cannot remove {}: {}", socket, e.getMessage());
        }
    }
}
