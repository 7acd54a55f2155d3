package org.shoetopia.wire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.shoetopia.domain.AuthenticationException;
import org.shoetopia.domain.BusyException;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.SessionEndedException;
import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.domain.UnavailableException;
import org.shoetopia.domain.ValidationException;

/**
 * An RFC 9457 problem detail, as the server sends an error and the till turns it back into the same
 * domain exception, so every screen behaves over a server as it does in-process. {@code field} is
 * the extension naming the form field a validation error belongs to; {@code errors}, every field's
 * when a whole form was refused at once.
 */
@JsonIgnoreProperties(ignoreUnknown = true) // a newer server's extensions reach an older till unharmed
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String field,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ValidationException.Invalid> errors) {
    public Problem(String type, String title, int status, String detail, String field) {
        this(type, title, status, detail, field, null);
    }

    private static final String TYPES = "https://shoetopia.app/problems/";

    public static final String VALIDATION = TYPES + "validation";
    public static final String SIGN_IN = TYPES + "sign-in";
    public static final String NO_SESSION = TYPES + "no-session";
    public static final String FORBIDDEN = TYPES + "forbidden";
    public static final String NOT_FOUND = TYPES + "not-found";
    public static final String CONFLICT = TYPES + "conflict";
    public static final String BUSY = TYPES + "busy";
    public static final String UNAVAILABLE = TYPES + "unavailable";
    public static final String BAD_REQUEST = TYPES + "bad-request";
    public static final String TOO_MANY = TYPES + "too-many-attempts";
    public static final String TOO_LARGE = TYPES + "too-large";
    public static final String INTERNAL = TYPES + "internal";

    /** Said when a call comes with no token, or one that is forged, expired, idle or ended. */
    public static final String SESSION_ENDED = "Your session has ended; sign in again";

    public static Problem of(ShoetopiaException error) {
        if (error instanceof ValidationException invalid) {
            return new Problem(
                    VALIDATION,
                    "Invalid input",
                    400,
                    invalid.getMessage(),
                    invalid.field(),
                    invalid.all().size() > 1 ? invalid.all() : null);
        }
        if (error instanceof AuthenticationException) {
            return new Problem(SIGN_IN, "Not signed in", 401, error.getMessage(), null);
        }
        if (error instanceof ForbiddenException) {
            return new Problem(FORBIDDEN, "Not allowed", 403, error.getMessage(), null);
        }
        if (error instanceof NotFoundException) {
            return new Problem(NOT_FOUND, "Not found", 404, error.getMessage(), null);
        }
        if (error instanceof ConflictException) {
            return new Problem(CONFLICT, "Conflict", 409, error.getMessage(), null);
        }
        if (error instanceof BusyException) {
            return new Problem(BUSY, "Busy", 503, error.getMessage(), null);
        }
        return new Problem(UNAVAILABLE, "Unavailable", 503, error.getMessage(), null);
    }

    public static Problem noSession() {
        return new Problem(NO_SESSION, "Not signed in", 401, SESSION_ENDED, null);
    }

    public static Problem badRequest(String detail) {
        return new Problem(BAD_REQUEST, "Bad request", 400, detail, null);
    }

    /** The domain exception this problem stands for, thrown on the till as if the call were in-process. */
    public ShoetopiaException toException() {
        String message = detail == null ? title : detail;
        return switch (type == null ? "" : type) {
            case VALIDATION ->
                errors == null || errors.stream().noneMatch(Objects::nonNull)
                        ? new ValidationException(field == null ? "" : field, message)
                        : new ValidationException(
                                errors.stream().filter(Objects::nonNull).toList());
            case SIGN_IN -> new AuthenticationException(message);
            case NO_SESSION -> new SessionEndedException(message);
            case FORBIDDEN -> new ForbiddenException(message);
            case NOT_FOUND -> new NotFoundException(message);
            case CONFLICT -> new ConflictException(message);
            case BUSY -> new BusyException(message, null);
            case TOO_MANY -> new AuthenticationException(message);
            default -> new UnavailableException(message, null);
        };
    }
}
