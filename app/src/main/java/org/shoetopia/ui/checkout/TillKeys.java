package org.shoetopia.ui.checkout;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * The till's keys, in one list, so the scene's accelerators, the keys written on the buttons and the
 * help (F1) always agree. A key does what its button does and nothing while the button is hidden or
 * disabled: F12 checks out exactly when Check out can be pressed.
 */
final class TillKeys {
    /** One key: what it is, what it does in the help's words, and the control it is written on, if any. */
    record Key(KeyCombination combination, String does, Runnable action, Labeled shownOn) {}

    private final List<Key> keys = new ArrayList<>();

    /** A key with no control of its own (the help, back to the scan field). */
    TillKeys add(String combination, String does, Runnable action) {
        keys.add(new Key(KeyCombination.valueOf(combination), does, action, null));
        return this;
    }

    /** A key for {@code control}: written after its text, and pressing it is pressing the control. */
    TillKeys add(String combination, String does, Labeled control, Runnable action) {
        KeyCombination key = KeyCombination.valueOf(combination);
        keys.add(new Key(
                key,
                does,
                () -> {
                    if (usable(control)) {
                        action.run();
                    }
                },
                control));
        control.setText(control.getText() + " (" + key.getDisplayText() + ")");
        control.setTooltip(new Tooltip(does + " — " + key.getDisplayText()));
        return this;
    }

    /** The keys work while {@code onTill} is in a window, wherever the focus is on it. */
    void installFor(Node onTill) {
        onTill.sceneProperty().addListener((observed, was, now) -> {
            if (was != null) {
                keys.forEach(key -> was.getAccelerators().remove(key.combination()));
            }
            if (now != null) {
                keys.forEach(key -> now.getAccelerators().put(key.combination(), key.action()));
            }
        });
        Scene already = onTill.getScene();
        if (already != null) {
            keys.forEach(key -> already.getAccelerators().put(key.combination(), key.action()));
        }
    }

    /** The help's lines: each key and what it does. */
    List<String> helpLines() {
        int width = keys.stream()
                .mapToInt(key -> key.combination().getDisplayText().length())
                .max()
                .orElse(0);
        return keys.stream()
                .map(key ->
                        String.format("%-" + width + "s   %s", key.combination().getDisplayText(), key.does()))
                .toList();
    }

    List<Key> keys() {
        return List.copyOf(keys);
    }

    /** Shown, and neither it nor anything holding it disabled or hidden. */
    static boolean usable(Node control) {
        if (control.isDisabled()) {
            return false;
        }
        for (Node node = control; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return control.getScene() != null;
    }
}
