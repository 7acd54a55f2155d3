package org.shoetopia.remote;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.api.UserSession;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.persistence.Database;
import org.shoetopia.service.SessionStore;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestServers;
import org.shoetopia.wire.Endpoint;
import org.shoetopia.wire.Problem;

/**
 * The API of a real server on loopback, shaped like the in-process one so the service tests run
 * through it unchanged: each call goes out from a till signed in as the call's actor. A till for an
 * actor the test made in-process gets a session opened on the server's side (as if that person had
 * signed in); sign-up and sign-in go over the wire as a till sends them.
 */
public final class ThroughServer implements AutoCloseable {
    /** How every hash PasswordHasher writes begins. */
    static final String PASSWORD_HASH_MARK = "$argon2";

    private final TestServers.Running server;
    private final Database database;
    private final SessionStore sessions;
    private final Map<Long, RemoteApi> tills = new ConcurrentHashMap<>();
    private final ShoetopiaApi api;
    private final AtomicLong responses = new AtomicLong();
    private final List<String> responsesCarryingAHash = new CopyOnWriteArrayList<>();

    private ThroughServer(TestServers.Running server, Database database) {
        this.server = server;
        this.database = database;
        this.sessions = new SessionStore(database, Clock.systemUTC(), Duration.ofHours(4), Duration.ofHours(16));
        this.api = routed();
    }

    public static ThroughServer start(Database database) throws Exception {
        return new ThroughServer(TestServers.start(database), database);
    }

    public ShoetopiaApi api() {
        return api;
    }

    /**
     * Fails if any response the server sent to this test's tills carried an Argon2 password hash
     * (which every stored hash starts with). Every service test through a server ends with this check.
     */
    public void assertNoResponseCarriedAPasswordHash() {
        if (!responsesCarryingAHash.isEmpty()) {
            throw new AssertionError(
                    "Of " + responses.get() + " responses, these carried a password hash: " + responsesCarryingAHash);
        }
    }

    private RemoteApi newTill() {
        RemoteApi till = RemoteApi.connect(server.uri(), server.fingerprint());
        till.observeResponses(body -> {
            responses.incrementAndGet();
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.contains(PASSWORD_HASH_MARK)) {
                responsesCarryingAHash.add(text);
            }
        });
        return till;
    }

    @Override
    public void close() {
        tills.values().forEach(RemoteApi::close);
        server.close();
    }

    private ShoetopiaApi routed() {
        RecordComponent[] components = ShoetopiaApi.class.getRecordComponents();
        Object[] services = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            services[i] = routedService(components[i], types[i]);
        }
        try {
            return ShoetopiaApi.class.getDeclaredConstructor(types).newInstance(services);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object routedService(RecordComponent component, Class<?> type) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "through server: " + component.getName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            return switch (method.getName()) {
                case "signUp", "logIn" -> {
                    RemoteApi till = newTill();
                    UserSession session = (UserSession) invoke(component, method, till, arguments);
                    RemoteApi before = tills.put(session.accountId(), till);
                    if (before != null) {
                        before.close();
                    }
                    yield session;
                }
                case "logOut" -> {
                    long account = ((Actor) arguments[0]).accountId();
                    invoke(component, method, tillOf(account), arguments);
                    tills.remove(account).close();
                    yield null;
                }
                case "onAnySaleChange" -> {
                    RemoteApi till = anyTill();
                    Object subscription = invoke(component, method, till, arguments);
                    if (!till.awaitSaleFeed(Duration.ofSeconds(10))) {
                        throw new IllegalStateException("The server's sale feed did not connect");
                    }
                    yield subscription;
                }
                default -> {
                    int actorAt = Endpoint.of(component.getName(), method).actorIndex();
                    if (actorAt < 0) {
                        yield invoke(component, method, anyTill(), arguments);
                    }
                    long account = ((Actor) arguments[actorAt]).accountId();
                    try {
                        yield invoke(component, method, tillOf(account), arguments);
                    } catch (AuthenticationException ended) {
                        if (!Problem.SESSION_ENDED.equals(ended.getMessage())) {
                            throw ended;
                        }
                        // The server ended the session (a removal from staff, say): the person
                        // signs in again, and the call then gets the answer it gets in-process.
                        tills.remove(account).close();
                        yield invoke(component, method, tillOf(account), arguments);
                    }
                }
            };
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(RecordComponent component, Method method, RemoteApi till, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(component.getAccessor().invoke(till.api()), arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private RemoteApi tillOf(long accountId) {
        return tills.computeIfAbsent(accountId, id -> {
            RemoteApi till = newTill();
            till.resume(sessions.open(id));
            return till;
        });
    }

    /** Calls that take no actor (the catalogue, a sale's units left) still need a signed-in till. */
    private RemoteApi anyTill() {
        for (RemoteApi till : tills.values()) {
            return till;
        }
        long someone = TableCounts.scalar(database, "select coalesce(min(id), 0) from accounts");
        if (someone == 0) {
            throw new IllegalStateException("A call through the server needs some account to sign in as");
        }
        return tillOf(someone);
    }
}
