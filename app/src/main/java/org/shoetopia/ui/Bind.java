package org.shoetopia.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.shoetopia.domain.Coded;

/** Small binding helpers every screen uses the same way. */
public final class Bind {
    private Bind() {}

    /** An error label shows its message and takes no space while there is none. */
    /** What an empty table says instead of "No content in table": what belongs there, or how to fill it. */
    public static void emptyText(javafx.scene.control.TableView<?> table, String text) {
        Label placeholder = new Label(text);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("muted");
        table.setPlaceholder(placeholder);
    }

    /**
     * Gives {@code node} the keyboard focus now, or as soon as it is in a window: a screen is built
     * before the window shows it, and a focus asked for then is lost.
     */
    public static void focusWhenShown(javafx.scene.Node node) {
        if (node.getScene() != null && node.getScene().getWindow() != null) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(
                    ObservableValue<? extends javafx.scene.Scene> observed,
                    javafx.scene.Scene was,
                    javafx.scene.Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    javafx.application.Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    /**
     * A message line under its cause. It keeps its line when empty, so a message coming or going
     * never moves the controls around it (the field under the pointer stays where it was).
     */
    public static void error(Label label, ObservableValue<String> message) {
        label.getStyleClass().add(Styles.ERROR_TEXT);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.setWrapText(true);
        if (label.getParent() instanceof FlowPane line) {
            // several fields' messages share one line: a long one wraps there instead of running off it
            label.maxWidthProperty().bind(line.widthProperty());
        }
    }

    /** A choice of a coded enum shows its lower-case code ("out_for_delivery" reads "out for delivery"). */
    public static <E extends Enum<E> & Coded> void codedChoices(ComboBox<E> box, Class<E> type, boolean allowNone) {
        if (allowNone) {
            box.getItems().add(null);
        }
        box.getItems().addAll(type.getEnumConstants());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "any" : value.code().replace('_', ' ');
            }

            @Override
            public E fromString(String text) {
                return text == null || text.equals("any") ? null : Coded.parse(type, "choice", "Choice", text);
            }
        });
    }
}
