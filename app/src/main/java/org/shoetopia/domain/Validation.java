package org.shoetopia.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a form's fields one after another and refuses it once with every broken rule, so a form
 * with three bad fields shows three messages after one try, not one after each of three.
 */
public final class Validation {
    private final List<ValidationException.Invalid> broken = new ArrayList<>();

    /** The rule's value, or null when it is broken (remembered for {@link #done()}). */
    public <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (ValidationException e) {
            broken.addAll(e.all());
            return null;
        }
    }

    /** Refuses the form with everything it broke; returns when nothing was. */
    public void done() {
        if (!broken.isEmpty()) {
            throw new ValidationException(broken);
        }
    }
}
