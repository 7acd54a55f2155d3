package org.shoetopia.wire;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of the server's API, the same on both sides. A record crosses as exactly its components
 * (fields and canonical constructor): no getter-like method such as {@code isShopOwner()} becomes a
 * property, so what the server sends is what the till builds back.
 */
public final class Wire {
    /**
     * Versioned with the API: a till and a server of different major versions refuse each other (v2:
     * shifts, returns, the receipt's terminal; v3: exchanges, returns without a receipt, ship-to).
     */
    public static final String PREFIX = "/api/v4";

    public static final String PROBLEM_JSON = "application/problem+json";

    /** The comment a sale feed opens with once the server has subscribed it to the changes. */
    public static final String FEED_CONNECTED = "connected";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Wire() {}

    /** The one mapper (thread-safe once built). */
    public static JsonMapper json() {
        return MAPPER;
    }
}
