package org.shoetopia.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import io.javalin.json.JavalinJackson3;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.service.LocalAccountService;
import org.shoetopia.service.Services;
import org.shoetopia.service.SessionStore;
import org.shoetopia.wire.Endpoint;
import org.shoetopia.wire.Problem;
import org.shoetopia.wire.SignedIn;
import org.shoetopia.wire.Wire;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * The Shoetopia server: every call of the API over HTTPS, answered by the in-process services on
 * this machine's database login. Who acts is the session's account, taken from the bearer token.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    private static final Logger access = LoggerFactory.getLogger("org.shoetopia.server.access");
    /** Calls are a few hundred bytes; anything much larger is a mistake or an attack. */
    static final long MAX_REQUEST_BYTES = 64 * 1024;

    private static final long DRAIN_AT_MOST = 1024 * 1024;

    private static final Duration DRAIN = Duration.ofSeconds(30);
    /** How soon a live feed whose session ended (on any server) is closed. */
    public static final Duration FEED_CHECK = Duration.ofSeconds(5);
    /** Calls that check the account's password: counted like sign-ins, or a stolen token could guess it. */
    private static final Set<String> PASSWORD_CHECKS = Set.of("changePassword", "changeEmail");
    /** The fields whose refusal means the password given was wrong. */
    private static final Set<String> PASSWORD_FIELDS = Set.of("currentPassword", "password");

    private static final String ACTOR = "shoetopia.actor";

    private final Services services;
    private final ShoetopiaApi api;
    private final SessionStore sessions;
    private final SignInLimiter signIns;
    private final Map<String, Endpoint> endpoints = Endpoint.all();
    /** Each service of the API by the name its endpoints use, resolved once. */
    private final Map<String, Object> serviceByName = new LinkedHashMap<>();

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Map<SseClient, Feed> feeds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService feedChecks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "feed-session-check");
        thread.setDaemon(true);
        return thread;
    });

    /** A till's open sale feed: its session's token and its subscription to the changes. */
    private record Feed(String token, AutoCloseable subscription) {}

    private final Javalin app;

    private ApiServer(ServerConfig config, Services services, ServerCertificate certificate, Clock clock) {
        this.services = services;
        this.api = services.api();
        for (var component : ShoetopiaApi.class.getRecordComponents()) {
            try {
                serviceByName.put(component.getName(), component.getAccessor().invoke(api));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the API's " + component.getName(), e);
            }
        }
        this.sessions = new SessionStore(services.database(), clock, config.sessionIdle(), config.sessionLifetime());
        this.signIns = new SignInLimiter(clock, Duration.ofMinutes(5), 30, 10);
        this.app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
            javalin.jsonMapper(new JavalinJackson3(Wire.json(), false));
            javalin.jetty.addConnector((server, http) -> httpsConnector(server, http, config, certificate));
            javalin.requestLogger.http(ApiServer::logAccess);
            javalin.routes.get("/health", this::health);
            javalin.routes.post(Wire.PREFIX + "/session", tracked(this::signIn));
            javalin.routes.post(Wire.PREFIX + "/accounts", tracked(this::signUp));
            javalin.routes.delete(Wire.PREFIX + "/session", tracked(this::signOut));
            // Checked before the stream starts: an SSE handler has sent its 200 before it runs.
            javalin.routes.before(Wire.PREFIX + "/events/sales", this::actor);
            javalin.routes.sse(Wire.PREFIX + "/events/sales", this::saleFeed);
            endpoints.forEach((path, endpoint) -> javalin.routes.post(path, tracked(ctx -> call(ctx, endpoint))));
            javalin.routes.exception(ShoetopiaException.class, (e, ctx) -> problem(ctx, Problem.of(e)));
            javalin.routes.exception(NoSession.class, (e, ctx) -> problem(ctx, Problem.noSession()));
            javalin.routes.exception(TooManyAttempts.class, (e, ctx) -> {
                ctx.header("Retry-After", Long.toString(signIns.window().toSeconds()));
                problem(ctx, new Problem(Problem.TOO_MANY, "Too many attempts", 429, e.getMessage(), null));
            });
            javalin.routes.exception(BadRequest.class, (e, ctx) -> problem(ctx, Problem.badRequest(e.getMessage())));
            javalin.routes.exception(
                    JacksonException.class,
                    (e, ctx) -> problem(
                            ctx,
                            ruleBroken(e)
                                    .map(Problem::of)
                                    .orElse(Problem.badRequest("The request is not what this call takes"))));
            javalin.routes.exception(Exception.class, (e, ctx) -> {
                log.error("Call {} failed", ctx.path(), e);
                problem(
                        ctx,
                        new Problem(
                                Problem.INTERNAL,
                                "Server error",
                                500,
                                "The server could not do that; see its log",
                                null));
            });
            javalin.routes.error(404, ctx -> {
                if (!Wire.PROBLEM_JSON.equals(ctx.res().getContentType())) {
                    problem(ctx, new Problem(Problem.NOT_FOUND, "Not found", 404, "No such call: " + ctx.path(), null));
                }
            });
            javalin.routes.exception(
                    TooLarge.class,
                    (e, ctx) -> problem(
                            ctx,
                            new Problem(
                                    Problem.TOO_LARGE,
                                    "Too large",
                                    413,
                                    "A call may carry at most " + MAX_REQUEST_BYTES + " bytes",
                                    null)));
        });
    }

    /** Opens the services on the configured database and starts serving. */
    public static ApiServer start(ServerConfig config, Services services, ServerCertificate certificate, Clock clock) {
        ApiServer server = new ApiServer(config, services, certificate, clock);
        server.app.start();
        // Runs until close(); a failed round logs and the next one tries again.
        ScheduledFuture<?> unused = server.feedChecks.scheduleWithFixedDelay(
                server::closeFeedsOfEndedSessions, FEED_CHECK.toMillis(), FEED_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        return server;
    }

    /** The port it listens on (the one asked for, or the one the system gave for port 0). */
    public int port() {
        return ((ServerConnector) app.jettyServer().server().getConnectors()[0]).getLocalPort();
    }

    /**
     * Stops taking calls (503 from now on), lets the calls already running finish (a checkout in
     * flight commits or rolls back, it is never cut off), then stops.
     */
    @Override
    public void close() {
        stopping.set(true);
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        feedChecks.shutdownNow();
        // A check closing a feed while Jetty stops meets requests already recycled: let it finish first.
        try {
            if (!feedChecks.awaitTermination(FEED_CHECK.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("The live feeds' check did not stop in {} s", FEED_CHECK.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        feeds.values().forEach(feed -> quietly(feed.subscription()));
        app.stop();
    }

    private static ServerConnector httpsConnector(
            org.eclipse.jetty.server.Server server,
            HttpConfiguration http,
            ServerConfig config,
            ServerCertificate tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword(new String(tls.password()));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(http);
        // Tills reach the server by address as often as by name; the certificate is pinned, not matched by name.
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, ssl, new HttpConnectionFactory(https));
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }

    private Handler tracked(Handler handler) {
        return ctx -> {
            inFlight.incrementAndGet();
            try {
                if (stopping.get()) {
                    throw new UnavailableException("The server is shutting down; try again in a moment", null);
                }
                handler.handle(ctx);
            } finally {
                inFlight.decrementAndGet();
            }
        };
    }

    private void call(Context ctx, Endpoint endpoint) throws Exception {
        // Every call is a signed-in account's, even those that take no actor (the catalogue, a sale's
        // units left): nothing of the API answers an anonymous client but sign-in and sign-up.
        Actor actor = actor(ctx);
        Type[] types = endpoint.argumentTypes();
        JsonNode body = Wire.json().readTree(limitedBody(ctx));
        if (body == null || !body.isArray() || body.size() != types.length) {
            throw new BadRequest("This call takes a JSON array of " + types.length + " arguments");
        }
        Object[] arguments = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            JavaType type = Wire.json().getTypeFactory().constructType(types[i]);
            arguments[i] = Wire.json().treeToValue(body.get(i), type);
        }
        Method method = endpoint.method();
        Object target = serviceByName.get(endpoint.service());
        SignInLimiter.Attempt passwordCheck = null;
        if (endpoint.service().equals("accounts") && PASSWORD_CHECKS.contains(method.getName())) {
            passwordCheck = signIns.begin(
                            ctx.ip(), api.accounts().refresh(actor).email())
                    .orElseThrow(TooManyAttempts::new);
        }
        Object result;
        try {
            result = method.invoke(target, endpoint.withActor(arguments, actor));
        } catch (InvocationTargetException e) {
            if (passwordCheck != null && !wrongPassword(e.getCause())) {
                signIns.succeeded(passwordCheck); // refused for another reason: no guess was spent
            }
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        if (passwordCheck != null) {
            signIns.succeeded(passwordCheck);
        }
        if (method.getReturnType() == void.class) {
            ctx.status(204);
            return;
        }
        JavaType returned = Wire.json().getTypeFactory().constructType(method.getGenericReturnType());
        ctx.contentType("application/json")
                .result(Wire.json().writerFor(returned).writeValueAsBytes(result));
    }

    private record Credentials(String email, String password) {}

    private record NewAccount(String name, String email, String password) {}

    private void signIn(Context ctx) throws IOException {
        Credentials credentials = Wire.json().readValue(limitedBody(ctx), Credentials.class);
        SignInLimiter.Attempt attempt =
                signIns.begin(ctx.ip(), credentials.email()).orElseThrow(TooManyAttempts::new);
        var opened = services.accounts().logIn(credentials.email(), credentials.password(), sessions);
        signIns.succeeded(attempt);
        opened(ctx, opened);
    }

    private void signUp(Context ctx) throws IOException {
        NewAccount account = Wire.json().readValue(limitedBody(ctx), NewAccount.class);
        // Each sign-up costs a password hash whatever its outcome, so each keeps its place.
        if (signIns.begin(ctx.ip(), account.email()).isEmpty()) {
            throw new TooManyAttempts();
        }
        opened(ctx, services.accounts().signUp(account.name(), account.email(), account.password(), sessions));
    }

    /**
     * The body, or 413 when it is larger than any call needs. A body up to a mebibyte is read to its
     * end first, so the client, still sending, is not cut off before it can read the refusal.
     */
    private static byte[] limitedBody(Context ctx) throws IOException {
        long declared = ctx.contentLength();
        if (declared > DRAIN_AT_MOST) {
            throw new TooLarge();
        }
        var in = ctx.bodyInputStream();
        byte[] body = in.readNBytes((int) MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            in.skipNBytes(Math.max(0, Math.min(declared, DRAIN_AT_MOST) - body.length));
            throw new TooLarge();
        }
        return body;
    }

    private static void opened(Context ctx, LocalAccountService.OpenedSession opened) {
        ctx.status(201).json(new SignedIn(opened.token(), opened.session()));
    }

    private static boolean wrongPassword(Throwable error) {
        return error instanceof ValidationException invalid && PASSWORD_FIELDS.contains(invalid.field());
    }

    private void signOut(Context ctx) {
        Actor actor = actor(ctx);
        sessions.end(bearer(ctx).orElseThrow());
        api.accounts().logOut(actor);
        closeFeedsOfEndedSessions();
        ctx.status(204);
    }

    /**
     * Closes the feeds whose session has ended, here or on another server (sign-out, password
     * change, removal from staff, revocation, idling): a feed never outlives the session it was opened with.
     */
    private void closeFeedsOfEndedSessions() {
        try {
            Set<String> tokens = new HashSet<>();
            feeds.values().forEach(feed -> tokens.add(feed.token()));
            if (tokens.isEmpty()) {
                return;
            }
            Set<String> live = sessions.liveAmong(tokens);
            feeds.forEach((client, feed) -> {
                if (!stopping.get() && !live.contains(feed.token()) && feeds.remove(client, feed)) {
                    quietly(feed.subscription());
                    if (!client.terminated()) {
                        client.close();
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("Checking the live feeds' sessions failed; trying again in {} s", FEED_CHECK.toSeconds(), e);
        }
    }

    /** The live feed: the shop ids whose sale changed, from this server's one listener on the database. */
    private void saleFeed(SseClient client) {
        actor(client.ctx());
        client.keepAlive();
        AutoCloseable subscription = api.flashSales().onAnySaleChange(shopId -> {
            if (!client.terminated()) {
                client.sendEvent("sale", Long.toString(shopId));
            }
        });
        feeds.put(client, new Feed(bearer(client.ctx()).orElseThrow(), subscription));
        client.onClose(() -> {
            Feed closed = feeds.remove(client);
            quietly(closed == null ? null : closed.subscription());
        });
        client.sendComment(Wire.FEED_CONNECTED);
    }

    private void health(Context ctx) {
        Map<String, Object> health = services.database().outsideTransaction(connection -> {
            try (var rows = connection
                    .createStatement()
                    .executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\""
                            + " order by \"installed_rank\" desc limit 1")) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("status", stopping.get() ? "stopping" : "up");
                answer.put("schemaVersion", rows.next() ? rows.getString(1) : null);
                answer.put("database", connection.getMetaData().getDatabaseProductName());
                return answer;
            }
        });
        ctx.status(stopping.get() ? 503 : 200).json(health);
    }

    private Actor actor(Context ctx) {
        Optional<Actor> cached = Optional.ofNullable(ctx.attribute(ACTOR));
        if (cached.isPresent()) {
            return cached.get();
        }
        Actor actor = bearer(ctx).flatMap(sessions::actorOf).orElseThrow(NoSession::new);
        ctx.attribute(ACTOR, actor);
        return actor;
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            return Optional.empty();
        }
        return Optional.of(header.substring("Bearer ".length()).strip());
    }

    /** A value built from JSON that breaks a rule (a Payment with five card digits) says which rule, as in-process. */
    private static Optional<ShoetopiaException> ruleBroken(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ShoetopiaException broken) {
                return Optional.of(broken);
            }
        }
        return Optional.empty();
    }

    private static void problem(Context ctx, Problem problem) {
        // Bytes, not a String: Jetty would encode a String by the content type's charset, and
        // problem+json names none (its detail said "men's US 9 D · UK 8" as Latin-1).
        ctx.status(problem.status())
                .contentType(Wire.PROBLEM_JSON)
                .result(Wire.json().writeValueAsBytes(problem));
    }

    /** Method, path, status and time: never a header, body or token. */
    private static void logAccess(Context ctx, Float millis) {
        access.info("{} {} {} {} {} ms", ctx.ip(), ctx.method(), ctx.path(), ctx.statusCode(), Math.round(millis));
    }

    private static void quietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            log.debug("Closing a live feed failed", e);
        }
    }

    private static final class NoSession extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final class TooManyAttempts extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyAttempts() {
            super("Too many sign-in attempts; wait a few minutes and try again");
        }
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
