package org.shoetopia.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.shoetopia.ui.main.MainController;

/** The window: the sign-in screen while nobody is signed in, the main window after. */
public final class ShoetopiaWindow {
    public static final double WIDTH = 1200;
    public static final double HEIGHT = 760;

    private final ScreenLoader loader;
    private final Scene scene;
    private MainController main;

    public ShoetopiaWindow(UiContext context, Stage stage) {
        this.loader = new ScreenLoader(context);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.scene = new Scene(loader.load("Login").root(), WIDTH, HEIGHT);
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
        stage.setMinWidth(960);
        stage.setMinHeight(640);
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
