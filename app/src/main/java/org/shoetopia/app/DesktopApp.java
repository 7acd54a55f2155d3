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
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.backup.BackupSchedule;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.remote.RemoteApi;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.Services;
import org.shoetopia.terminal.TerminalSettings;
import org.shoetopia.ui.FxBackgroundRunner;
import org.shoetopia.ui.FxDialogService;
import org.shoetopia.ui.Messages;
import org.shoetopia.ui.SessionModel;
import org.shoetopia.ui.ShoetopiaWindow;
import org.shoetopia.ui.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's composition root: behind a small splash, connects to the terminal's server or
 * opens (and migrates) its own database on a background task, then builds the UI context once and
 * shows the window.
 */
public final class DesktopApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(DesktopApp.class);

    private Services services;
    private RemoteApi remote;
    private BackupSchedule backups;
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
        TerminalSettings settings = new TerminalSettings(dataFolder, environment);
        runner = new FxBackgroundRunner();
        runner.call(() -> openApi(settings, dataFolder))
                .onSuccess(api -> {
                    UiContext context = new UiContext(
                            api,
                            settings,
                            runner,
                            new FxDialogService(),
                            new Messages(Locale.getDefault()),
                            new SessionModel(),
                            Optional.ofNullable(backups));
                    ShoetopiaWindow window = new ShoetopiaWindow(context, stage);
                    stage.centerOnScreen();
                    probe.ifPresent(measuring -> measuring.windowUsable(context, window, runner));
                })
                .onFailure(error -> {
                    log.error("Cannot open the database or reach the server", error);
                    status.setText(
                            "Cannot start: " + error.getMessage() + "\nCheck the settings in " + dataFolder.path());
                })
                .start();
    }

    /**
     * A till of a server holds only the server's address and pinned certificate; a terminal on its
     * own opens (and migrates) its database and runs the services in-process.
     */
    private ShoetopiaApi openApi(TerminalSettings settings, DataFolder dataFolder) {
        Optional<TerminalSettings.Server> server = settings.server();
        if (server.isPresent()) {
            remote = RemoteApi.connect(server.get().url(), server.get().fingerprint());
            return remote.api();
        }
        services = Services.open(
                settings.ownDatabase(), PasswordHasher.recommended(), Clock.system(ZoneId.systemDefault()));
        // the data folder's own file; an H2 URL set by hand elsewhere is its owner's to back up
        if (services.database()
                .config()
                .embeddedFile()
                .equals(DatabaseConfig.embedded(dataFolder.path()).embeddedFile())) {
            backups = new BackupSchedule(
                    services.database(),
                    dataFolder.path(),
                    settings::backupFolder,
                    settings.backupsKept(),
                    Clock.systemUTC());
            backups.start();
        }
        return services.api();
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (backups != null) {
            backups.close(); // the close-of-day backup, before the database closes
        }
        if (services != null) {
            services.close();
        }
        if (remote != null) {
            remote.close();
        }
    }
}
