package org.shoetopia.ui;

import org.shoetopia.domain.ShoetopiaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into a sentence for the user, in one place; unexpected ones are logged. */
public final class UserMessages {
    private static final Logger log = LoggerFactory.getLogger(UserMessages.class);

    private UserMessages() {}

    public static String of(Throwable error) {
        if (error instanceof ShoetopiaException readable) {
            return readable.getMessage();
        }
        log.error("Unexpected error", error);
        return "Something went wrong (" + error.getClass().getSimpleName() + "). The details are in the log.";
    }
}
