package org.shoetopia.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.api.UserSession;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.wire.Endpoint;
import org.shoetopia.wire.Problem;
import org.shoetopia.wire.SignedIn;
import org.shoetopia.wire.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;

/**
 * The API as a till sees it when it runs against a Shoetopia server: the same interfaces the screens
 * call in-process, each call sent over HTTPS (JDK {@code HttpClient}, Jackson), each error back as
 * the same domain exception. The till holds no database login, only its session's token, in memory.
 */
public final class RemoteApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RemoteApi.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final URI base;
    private final HttpClient http;
    private final ShoetopiaApi api;
    private final List<LongConsumer> saleListeners = new CopyOnWriteArrayList<>();
    private volatile String token;
    private volatile UserSession signedIn;
    private volatile boolean closed;
    private volatile Thread saleFeed;
    private volatile InputStream saleStream;
    /** Whether the sale feed is connected and the server has subscribed it to the database's changes. */
    private volatile boolean saleFeedLive;
    /** Sees each response body as it arrives; tests assert none carries a secret. */
    private volatile Consumer<byte[]> responseObserver = body -> {};

    private RemoteApi(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
        this.api = proxies();
    }

    /**
     * A connection to the server at {@code base} ({@code https://host:port}), trusting only the
     * certificate with {@code pinnedFingerprint}, or, when that is blank, one signed by an authority
     * this system trusts for that host name.
     */
    public static RemoteApi connect(URI base, String pinnedFingerprint) {
        try {
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(PinnedTrust.context(pinnedFingerprint))
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            return new RemoteApi(withoutTrailingSlash(base), http);
        } catch (GeneralSecurityException e) {
            throw new UnavailableException("This system has no TLS: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 fingerprint of the certificate the server at {@code base} presents, for the user to compare. */
    public static String fingerprintOf(URI base) {
        String[] seen = new String[1];
        try {
            HttpClient probe = HttpClient.newBuilder()
                    .sslContext(PinnedTrust.recording(seen))
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            probe.send(
                    HttpRequest.newBuilder(withoutTrailingSlash(base).resolve("/health"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | GeneralSecurityException e) {
            if (seen[0] == null) {
                throw new UnavailableException("Cannot reach a Shoetopia server at " + base + ": " + e.getMessage(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("Interrupted", e);
        }
        if (seen[0] == null) {
            throw new UnavailableException("The server at " + base + " did not present a certificate", null);
        }
        return seen[0];
    }

    public ShoetopiaApi api() {
        return api;
    }

    /** The session's token, for tests of what a stolen token can and cannot do. */
    String token() {
        return token;
    }

    /** Goes on with a session opened elsewhere (a test's fixture, made on the server's side). */
    void resume(String sessionToken) {
        token = sessionToken;
        signedIn = api.accounts().refresh(new Actor(0));
    }

    @Override
    public void close() {
        closed = true;
        closeSaleStream();
        Thread feed = saleFeed;
        if (feed != null) {
            feed.interrupt();
        }
    }

    private ShoetopiaApi proxies() {
        RecordComponent[] components = ShoetopiaApi.class.getRecordComponents();
        Object[] services = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            services[i] = proxy(components[i].getName(), types[i]);
        }
        try {
            return ShoetopiaApi.class.getDeclaredConstructor(types).newInstance(services);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("ShoetopiaApi lost its canonical constructor", e);
        }
    }

    private Object proxy(String service, Class<?> type) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "remote " + service + " at " + base;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            if (!Endpoint.isPlainCall(type, method.getName())) {
                return special(method, arguments);
            }
            Object result = call(Endpoint.of(service, method), arguments);
            if (type == AccountService.class && method.getName().equals("changePassword")) {
                // The server ended every session of the account with the change; this till goes on.
                UserSession me = signedIn;
                signIn("/session", Map.of("email", me.email(), "password", (String) arguments[2]));
            }
            return result;
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private Object special(Method method, Object[] arguments) {
        return switch (method.getName()) {
            case "logIn" -> signIn("/session", Map.of("email", arguments[0], "password", arguments[1]));
            case "signUp" ->
                signIn("/accounts", Map.of("name", arguments[0], "email", arguments[1], "password", arguments[2]));
            case "logOut" -> {
                send(HttpRequest.newBuilder(uri("/session")).DELETE(), null);
                token = null;
                signedIn = null;
                closeSaleStream();
                yield null;
            }
            case "onAnySaleChange" -> followSales((LongConsumer) arguments[0]);
            default -> throw new UnsupportedOperationException(method.getName());
        };
    }

    private UserSession signIn(String path, Map<String, Object> body) {
        SignedIn answer = send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(Wire.json().writeValueAsString(body))),
                Wire.json().constructType(SignedIn.class));
        token = answer.token();
        signedIn = answer.session();
        return answer.session();
    }

    private Object call(Endpoint endpoint, Object[] arguments) {
        String body = Wire.json().writeValueAsString(endpoint.travelling(arguments));
        JavaType returned = endpoint.method().getReturnType() == void.class
                ? null
                : Wire.json().getTypeFactory().constructType(endpoint.method().getGenericReturnType());
        return send(
                HttpRequest.newBuilder(base.resolve(endpoint.path()))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                returned);
    }

    /** Shows every response body from now on to {@code observer} (for tests of what the server sends). */
    void observeResponses(Consumer<byte[]> observer) {
        this.responseObserver = observer;
    }

    private <T> T send(HttpRequest.Builder request, JavaType returned) {
        String session = token;
        if (session != null) {
            request.header("Authorization", "Bearer " + session);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.timeout(CALL_TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UnavailableException("Cannot reach the Shoetopia server at " + base + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("The call to the server was interrupted", e);
        }
        responseObserver.accept(response.body());
        if (response.statusCode() >= 400) {
            throw problemOf(response).toException();
        }
        if (returned == null || response.statusCode() == 204) {
            return null;
        }
        return Wire.json().readValue(response.body(), returned);
    }

    private static Problem problemOf(HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith(Wire.PROBLEM_JSON)) {
            return Wire.json().readValue(response.body(), Problem.class);
        }
        return new Problem(
                Problem.UNAVAILABLE,
                "Unavailable",
                response.statusCode(),
                "The server answered " + response.statusCode() + "; is that a Shoetopia server?",
                null);
    }

    /** Listeners of sale changes share one server-sent event stream, reconnected whenever it drops. */
    private AutoCloseable followSales(LongConsumer listener) {
        saleListeners.add(listener);
        synchronized (this) {
            if (saleFeed == null) {
                Thread feed = new Thread(this::readSales, "sale-feed-from-server");
                feed.setDaemon(true);
                saleFeed = feed;
                feed.start();
            }
        }
        return () -> saleListeners.remove(listener);
    }

    private void readSales() {
        while (!closed) {
            String session = token;
            if (session != null && !saleListeners.isEmpty()) {
                try {
                    HttpResponse<InputStream> response = http.send(
                            HttpRequest.newBuilder(uri("/events/sales"))
                                    .header("Authorization", "Bearer " + session)
                                    .header("Accept", "text/event-stream")
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    if (response.statusCode() == 200) {
                        saleStream = response.body();
                        readEvents(response.body());
                    } else {
                        response.body().close();
                        if (response.statusCode() == 401) {
                            // The session ended; the next sign-in gives a new token. Until then, wait.
                            waitForNewToken(session);
                        }
                    }
                } catch (IOException e) {
                    log.debug("The sale feed dropped; reconnecting: {}", e.getMessage());
                } catch (InterruptedException e) {
                    return;
                }
            }
            try {
                Thread.sleep(RECONNECT_AFTER.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void waitForNewToken(String ended) throws InterruptedException {
        while (!closed && ended.equals(token)) {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        }
    }

    /**
     * Waits until the sale feed is live, so a change committed from now on reaches the listeners;
     * the screens never wait (they refresh on their own), a test that makes a change does.
     */
    boolean awaitSaleFeed(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!saleFeedLive) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private void readEvents(InputStream stream) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while (!closed && (line = lines.readLine()) != null) {
                if (line.startsWith(":") && line.contains(Wire.FEED_CONNECTED)) {
                    saleFeedLive = true;
                } else if (line.startsWith("data:")) {
                    long shopId;
                    try {
                        shopId = Long.parseLong(line.substring("data:".length()).strip());
                    } catch (NumberFormatException e) {
                        continue;
                    }
                    for (LongConsumer listener : saleListeners) {
                        try {
                            listener.accept(shopId);
                        } catch (RuntimeException e) {
                            log.error("A listener of sale changes failed on shop {}", shopId, e);
                        }
                    }
                }
            }
        } finally {
            saleFeedLive = false;
        }
    }

    private void closeSaleStream() {
        InputStream stream = saleStream;
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                log.debug("Closing the sale feed", e);
            }
        }
    }

    private URI uri(String path) {
        return base.resolve(Wire.PREFIX + path);
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
