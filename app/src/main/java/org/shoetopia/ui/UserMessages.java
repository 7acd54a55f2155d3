package org.shoetopia.ui;

import org.shoetopia.domain.ShoetopiaException;
import org.shoetopia.files.LogFile;
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
        return "Something went wrong (" + error.getClass().getSimpleName() + "). The details are in "
                + whereTheDetailsAre() + ".";
    }

    /** The log file's path, so a user started from the desktop menu (no console) can find it and send it. */
    public static String whereTheDetailsAre() {
        return LogFile.current().map(file -> file.toString()).orElse("the log");
    }
}
