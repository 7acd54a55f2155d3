package org.shoetopia.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for the desktop app's start: a JavaFX window with one label and nothing else, run as
 * its own process with the same Java. Its time from process start to the window shown is what the
 * JVM and JavaFX cost on this machine, so the app's start is reported as a multiple of it, which
 * travels between machines where milliseconds do not.
 */
public final class BareWindow {
    private BareWindow() {}

    /** {@code java -cp shoetopia-bench.jar org.shoetopia.bench.BareWindow REPORT}: writes the milliseconds to REPORT. */
    public static void main(String[] args) {
        // launched through a class that is not an Application: the java launcher refuses a JavaFX
        // main class whose runtime is on the class path rather than the module path
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Shoetopia"), 400, 300));
            stage.show();
            // measured where the app's probe measures its first window: once show() has returned
            Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
            long millis = Duration.between(started, Instant.now()).toMillis();
            try {
                Files.writeString(Path.of(getParameters().getRaw().get(0)), Long.toString(millis));
            } catch (java.io.IOException e) {
                System.err.println("Cannot write the report: " + e.getMessage());
            }
            Platform.runLater(Platform::exit);
        }
    }
}
