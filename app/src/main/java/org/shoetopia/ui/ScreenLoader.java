package org.shoetopia.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads {@code fxml/<Name>.fxml} with the message bundle; controllers are built with the {@link UiContext}. */
public final class ScreenLoader {
    private final UiContext context;

    public ScreenLoader(UiContext context) {
        this.context = context;
    }

    /** A loaded screen: its root node and its controller. */
    public record Loaded<C>(Parent root, C controller) {}

    public <C> Loaded<C> load(String name) {
        URL location = ScreenLoader.class.getResource("/fxml/" + name + ".fxml");
        if (location == null) {
            throw new IllegalArgumentException("No screen fxml/" + name + ".fxml");
        }
        FXMLLoader loader = new FXMLLoader(location, context.messages().bundle());
        loader.setControllerFactory(this::controller);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load screen " + name, e);
        }
    }

    private Object controller(Class<?> type) {
        try {
            return type.getConstructor(UiContext.class).newInstance(context);
        } catch (NoSuchMethodException e) {
            try {
                return type.getConstructor(UiContext.class, ScreenLoader.class).newInstance(context, this);
            } catch (ReflectiveOperationException inner) {
                throw new IllegalStateException(
                        "Controller " + type.getName() + " needs a (UiContext) constructor", inner);
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Controller " + type.getName() + " failed to start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build controller " + type.getName(), e);
        }
    }
}
