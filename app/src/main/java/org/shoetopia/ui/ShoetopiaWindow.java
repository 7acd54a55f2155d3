package org.shoetopia.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.shoetopia.ui.main.MainController;

/** The window: the sign-in screen while nobody is signed in, the main window after. */
public final class ShoetopiaWindow {
    public static final double WIDTH = 1200;
    public static final double HEIGHT = 760;
    private static final double MIN_WIDTH = 960;
    private static final double MIN_HEIGHT = 640;

    private final ScreenLoader loader;
    private final Scene scene;
    private MainController main;

    public ShoetopiaWindow(UiContext context, Stage stage) {
        this.loader = new ScreenLoader(context);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds(); // ours is the app's Screen
        Dimension2D size = sizeFor(screen);
        this.scene = new Scene(loader.load("Login").root(), size.getWidth(), size.getHeight());
        scene.getStylesheets().add(ShoetopiaWindow.class.getResource("/app.css").toExternalForm());
        context.session().currentProperty().addListener((o, was, now) -> {
            if (main != null) {
                main.hideCurrent();
            }
            if (now == null) {
                main = null;
                scene.setRoot(loader.load("Login").root());
            } else {
                ScreenLoader.Loaded<MainController> loaded = loader.load("Main");
                main = loaded.controller();
                scene.setRoot(loaded.root());
            }
        });
        // A till whose session the server ended goes back to sign-in and says why, instead of
        // refusing every call on the screen it is on.
        context.runner().whenSessionEnds(() -> {
            if (context.session().current() != null) {
                context.session().signOut();
                context.dialogs()
                        .showInfo(
                                context.messages().get("app.sessionEnded.title"),
                                context.messages().get("app.sessionEnded.message"));
            }
        });
        stage.setTitle(context.messages().get("app.name"));
        stage.setScene(scene);
        Dimension2D least = leastSizeFor(screen);
        stage.setMinWidth(least.getWidth());
        stage.setMinHeight(least.getHeight());
    }

    /**
     * The window's first size: its usual size, or the whole of a smaller display's usable area (a
     * 1024×768 till's, less its panels), so nothing hangs off the screen.
     */
    static Dimension2D sizeFor(Rectangle2D usable) {
        return new Dimension2D(Math.min(WIDTH, usable.getWidth()), Math.min(HEIGHT, usable.getHeight()));
    }

    /** The smallest the window may be made: never more than the display holds. */
    static Dimension2D leastSizeFor(Rectangle2D usable) {
        return new Dimension2D(Math.min(MIN_WIDTH, usable.getWidth()), Math.min(MIN_HEIGHT, usable.getHeight()));
    }

    public Scene scene() {
        return scene;
    }

    public void show(Screen screen) {
        if (main != null) {
            main.show(screen);
        }
    }
}
