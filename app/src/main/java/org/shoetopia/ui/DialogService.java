package org.shoetopia.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every alert, confirmation, prompt and file chooser goes through here, so view models are tested with a fake. */
public interface DialogService {
    void showInfo(String title, String message);

    void showError(String title, String message);

    boolean confirm(String title, String message);

    /**
     * Asks to pick one of {@code choices}, the last being the one that puts the question off; the
     * index picked, or empty if the dialog was closed (which means the last).
     */
    Optional<Integer> choose(String title, String message, List<String> choices);

    /** Asks for one line of text, {@code initial} filled in; empty when the user cancels. */
    Optional<String> ask(String title, String header, String label, String initial);

    /** A field of a {@link #form}: typed text, a secret (shown as dots), or one of {@code choices}. */
    record FormField(String label, Kind kind, List<String> choices, String initial) {
        public enum Kind {
            TEXT,
            SECRET,
            CHOICE
        }

        public static FormField text(String label, String initial) {
            return new FormField(label, Kind.TEXT, List.of(), initial);
        }

        public static FormField secret(String label) {
            return new FormField(label, Kind.SECRET, List.of(), "");
        }

        public static FormField choice(String label, List<String> choices) {
            return choice(label, choices, choices.isEmpty() ? "" : choices.get(0));
        }

        /** One of {@code choices}, {@code initial} chosen to start with. */
        public static FormField choice(String label, List<String> choices, String initial) {
            return new FormField(label, Kind.CHOICE, List.copyOf(choices), initial);
        }
    }

    /** Asks for several fields at once; their values in order, or empty when the user cancels. */
    Optional<List<String>> form(String title, String header, List<FormField> fields);

    /** A manager's email and password, typed at the till to approve what a cashier may not do alone. */
    public record ManagerSignature(String email, String password) {}

    /** Asks a manager to sign, saying why; empty when cancelled. The one form every approval uses. */
    default Optional<ManagerSignature> askManager(String title, String why) {
        return form(title, why, List.of(FormField.text("Manager's email", ""), FormField.secret("Manager's password")))
                .map(answer -> new ManagerSignature(answer.get(0), answer.get(1)));
    }

    /**
     * Shows a document laid out in fixed-width lines (an X or Z report) with {@code choices} under it,
     * the last closing it; the index picked, or empty if the dialog was closed.
     */
    Optional<Integer> showDocument(String title, List<String> lines, List<String> choices);

    /**
     * Shows a style's size × width grid, each cell with the pairs it holds, to pick one SKU of it; the
     * SKU picked, or empty when the dialog is closed. Cells with nothing in stock cannot be picked.
     */
    Optional<org.shoetopia.api.ListingView> pickSize(String title, SizeGrid grid);

    /** Asks where to save a file of {@code kind} (its extension without the dot); empty when the user cancels. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String kind);
}
