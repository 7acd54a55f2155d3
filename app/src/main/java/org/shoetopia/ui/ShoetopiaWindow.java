package org.shoetopia.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.shoetopia.terminal.TerminalSettings;
import org.shoetopia.ui.main.MainController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window: the sign-in screen while nobody is signed in, the main window after. */
public final class ShoetopiaWindow {
    private static final Logger log = LoggerFactory.getLogger(ShoetopiaWindow.class);
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
        Optional<TerminalSettings.WindowSize> remembered = context.settings().windowSize();
        Dimension2D size = sizeFor(screen, remembered);
        this.scene = new Scene(loader.load("Login").root(), size.getWidth(), size.getHeight());
        scene.getStylesheets().add(ShoetopiaWindow.class.getResource("/app.css").toExternalForm());
        Styles.layoutFor(scene.getRoot(), context.settings().touchLayout());
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
            // read at each sign-in and sign-out, not at every screen: a change in Settings applies from the next
            Styles.layoutFor(scene.getRoot(), context.settings().touchLayout());
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
        remembered.filter(TerminalSettings.WindowSize::maximized).ifPresent(maximized -> stage.setMaximized(true));
        stage.setOnHidden(closed -> rememberSize(context.settings(), stage));
    }

    /** Saves the size the window was left at; a failure to save costs only that, so it is logged, not shown. */
    private static void rememberSize(TerminalSettings settings, Stage stage) {
        try {
            settings.rememberWindowSize(new TerminalSettings.WindowSize(
                    stage.getScene().getWidth(), stage.getScene().getHeight(), stage.isMaximized()));
        } catch (RuntimeException e) {
            log.warn("Cannot remember the window's size", e);
        }
    }

    /**
     * The window's first size: the size it was left at, else its usual size, but never more than the
     * display's usable area (a 1024×768 till's, less its panels), so nothing hangs off the screen.
     */
    static Dimension2D sizeFor(Rectangle2D usable, Optional<TerminalSettings.WindowSize> remembered) {
        double width = remembered.map(TerminalSettings.WindowSize::width).orElse(WIDTH);
        double height = remembered.map(TerminalSettings.WindowSize::height).orElse(HEIGHT);
        return new Dimension2D(
                Math.min(Math.max(width, MIN_WIDTH), usable.getWidth()),
                Math.min(Math.max(height, MIN_HEIGHT), usable.getHeight()));
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
