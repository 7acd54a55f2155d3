package org.shoetopia.wire;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.Actor;
import org.shoetopia.api.FlashSaleService;
import org.shoetopia.api.ShoetopiaApi;

/**
 * One method of the API as the server exposes it and a till calls it: {@code POST
 * /api/v4/{service}/{method}/{arity}} with the arguments other than the {@link Actor} as a JSON
 * array. Both sides derive every endpoint from the interfaces, so the server and the client cannot
 * drift apart; who is acting comes from the session, never from the request.
 */
public record Endpoint(String service, Method method, int actorIndex) {
    /** Calls with a protocol of their own: the session endpoints and the live feed. */
    private static final Set<String> NOT_PLAIN_CALLS = Set.of(
            key(AccountService.class, "logIn"),
            key(AccountService.class, "signUp"),
            key(AccountService.class, "logOut"),
            key(FlashSaleService.class, "onAnySaleChange"));

    public String path() {
        return Wire.PREFIX + "/" + service + "/" + method.getName() + "/" + argumentTypes().length;
    }

    /** The types of the arguments that travel: every parameter but the actor. */
    public Type[] argumentTypes() {
        List<Type> types = new ArrayList<>(Arrays.asList(method.getGenericParameterTypes()));
        if (actorIndex >= 0) {
            types.remove(actorIndex);
        }
        return types.toArray(Type[]::new);
    }

    /** The travelling arguments of a call, in order. */
    public Object[] travelling(Object[] arguments) {
        List<Object> sent = new ArrayList<>(arguments == null ? List.of() : Arrays.asList(arguments));
        if (actorIndex >= 0) {
            sent.remove(actorIndex);
        }
        return sent.toArray();
    }

    /** A call's full arguments, the session's actor put back in its place. */
    public Object[] withActor(Object[] travelling, Actor actor) {
        List<Object> all = new ArrayList<>(Arrays.asList(travelling));
        if (actorIndex >= 0) {
            all.add(actorIndex, actor);
        }
        return all.toArray();
    }

    /** Every plain call of the API, by path, from the components of {@link ShoetopiaApi}. */
    public static Map<String, Endpoint> all() {
        Map<String, Endpoint> byPath = new LinkedHashMap<>();
        for (RecordComponent component : ShoetopiaApi.class.getRecordComponents()) {
            for (Method method : component.getType().getMethods()) {
                if (method.isDefault()
                        || java.lang.reflect.Modifier.isStatic(method.getModifiers())
                        || NOT_PLAIN_CALLS.contains(key(component.getType(), method.getName()))) {
                    continue;
                }
                Endpoint endpoint = new Endpoint(
                        component.getName(),
                        method,
                        Arrays.asList(method.getParameterTypes()).indexOf(Actor.class));
                if (byPath.put(endpoint.path(), endpoint) != null) {
                    throw new IllegalStateException("Two API methods share " + endpoint.path());
                }
            }
        }
        return byPath;
    }

    /** The endpoint of one interface method, for the client. */
    public static Endpoint of(String service, Method method) {
        return new Endpoint(
                service, method, Arrays.asList(method.getParameterTypes()).indexOf(Actor.class));
    }

    public static boolean isPlainCall(Class<?> api, String methodName) {
        return !NOT_PLAIN_CALLS.contains(key(api, methodName));
    }

    private static String key(Class<?> api, String methodName) {
        return api.getSimpleName() + "." + methodName;
    }
}
