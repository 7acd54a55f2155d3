package org.shoetopia.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;
import org.shoetopia.service.TerminalSettingsService;
import org.shoetopia.ui.FxBackgroundRunner;
import org.shoetopia.ui.FxDialogService;
import org.shoetopia.ui.Messages;
import org.shoetopia.ui.SessionModel;
import org.shoetopia.ui.ShoetopiaWindow;
import org.shoetopia.ui.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's composition root: opens (and migrates) the configured database on a background
 * task behind a small splash, then builds the UI context once and shows the window.
 */
public final class DesktopApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(DesktopApp.class);

    private Services services;
    private FxBackgroundRunner runner;

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> log.error("Uncaught error in {}", thread, error));
        Label status = new Label("Opening the database…");
        VBox splash = new VBox(16, new Label("Shoetopia"), new ProgressIndicator(), status);
        splash.setPadding(new Insets(24));
        stage.setTitle("Shoetopia");
        stage.setScene(new Scene(splash, 420, 200));
        stage.show();
        Map<String, String> environment = System.getenv();
        Optional<FootprintProbe> probe = FootprintProbe.fromSystem(environment);
        probe.ifPresent(FootprintProbe::firstWindowShown);

        DataFolder dataFolder = DataFolder.forCurrentUser(environment).create();
        runner = new FxBackgroundRunner();
        runner.call(() -> Services.open(
                        DatabaseConfig.load(dataFolder, environment),
                        PasswordHasher.recommended(),
                        Clock.system(ZoneId.systemDefault())))
                .onSuccess(opened -> {
                    services = opened;
                    UiContext context = new UiContext(
                            services.api(),
                            new TerminalSettingsService(dataFolder, environment),
                            runner,
                            new FxDialogService(),
                            new Messages(Locale.getDefault()),
                            new SessionModel());
                    ShoetopiaWindow window = new ShoetopiaWindow(context, stage);
                    stage.centerOnScreen();
                    probe.ifPresent(measuring -> measuring.windowUsable(context, window, runner));
                })
                .onFailure(error -> {
                    log.error("Cannot open the database", error);
                    status.setText("Cannot open the database: " + error.getMessage() + "\nCheck the settings in "
                            + dataFolder.path());
                })
                .start();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
