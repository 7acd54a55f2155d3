package org.shoetopia.app;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.backup.BackupSchedule;
import org.shoetopia.files.LogFile;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.Database;
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
import org.shoetopia.ui.UncaughtErrors;
import org.shoetopia.ui.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's composition root: shows the sign-in window at once, and behind it connects to
 * the terminal's server or opens (and migrates) its own database on a background thread.
 */
public final class DesktopApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(DesktopApp.class);

    // set on the opening thread, read on the FX thread at sign-in and at exit
    private volatile Services services;
    private volatile RemoteApi remote;
    private volatile BackupSchedule backups;
    private CompletableFuture<ShoetopiaApi> opening;
    private FxBackgroundRunner runner;

    @Override
    public void start(Stage stage) {
        Map<String, String> environment = System.getenv();
        Optional<FootprintProbe> probe = FootprintProbe.fromSystem(environment);
        DataFolder dataFolder = DataFolder.forCurrentUser(environment).create();
        Messages messages = new Messages(Locale.getDefault());
        FxDialogService dialogs = new FxDialogService();
        startLogFile(dataFolder);
        Thread.setDefaultUncaughtExceptionHandler(new UncaughtErrors(dialogs, messages));
        TerminalSettings settings = new TerminalSettings(dataFolder, environment);
        runner = new FxBackgroundRunner();

        // The sign-in window first, the database (migrate check, Hibernate's boot) or the server
        // behind it: the seconds of opening pass while the cashier types, and a sign-in made
        // sooner waits for it on its background thread.
        opening = new CompletableFuture<>();
        Thread opener = new Thread(
                () -> {
                    try {
                        opening.complete(openApi(settings, dataFolder));
                    } catch (Throwable e) {
                        opening.completeExceptionally(e);
                    }
                },
                "shoetopia-opening");
        // not a daemon: closing the window mid-migration lets the migration finish (stop() waits)
        opener.start();

        UiContext context = new UiContext(
                OpeningApi.over(opening),
                settings,
                runner,
                dialogs,
                messages,
                new SessionModel(),
                () -> Optional.ofNullable(backups));
        ShoetopiaWindow window = new ShoetopiaWindow(context, stage);
        stage.show();
        stage.centerOnScreen();
        probe.ifPresent(FootprintProbe::firstWindowShown);
        probe.ifPresent(measuring -> measuring.windowUsable(context, window, runner));
        opening.whenComplete((api, error) -> {
            if (error != null) {
                Platform.runLater(() -> cannotStart(stage, error, messages, dataFolder));
            }
        });
    }

    /** Opening failed: the window says why, and offers Quit, instead of a sign-in that cannot work. */
    private static void cannotStart(Stage stage, Throwable error, Messages messages, DataFolder dataFolder) {
        Label status = new Label();
        status.setWrapText(true);
        Button quit = new Button("Quit");
        quit.setOnAction(pressed -> Platform.exit());
        VBox says = new VBox(16, new Label("Shoetopia"), status, quit);
        says.setPadding(new Insets(24));
        says.setMaxWidth(560);
        if (Database.isOpenElsewhere(error)) {
            log.warn("The database is open in another window: {}", firstLineOf(error));
            status.setText(messages.get("app.inUse.message"));
        } else {
            log.error("Cannot open the database or reach the server", error);
            status.setText(messages.get(
                    "app.cannotStart.message",
                    firstLineOf(error),
                    dataFolder.path(),
                    UserMessages.whereTheDetailsAre()));
        }
        stage.getScene().setRoot(new javafx.scene.layout.StackPane(says));
        quit.requestFocus();
    }

    /** The log goes to the data folder too: an app started from the menu has no console to read. */
    private static void startLogFile(DataFolder dataFolder) {
        try {
            LogFile.startIn(dataFolder.path());
        } catch (RuntimeException e) { // a full disk must not keep the till from selling
            log.warn("Cannot write the log file in {}", dataFolder.path(), e);
        }
    }

    /** An exception's first line, without a driver's stack-trace-like tail, so the splash stays readable. */
    private static String firstLineOf(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
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
        // Closed while the database was still opening: let it finish (a Flyway migration cut in
        // half would leave the file failed), then close it as usual.
        if (opening != null) {
            try {
                opening.get(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (Exception notOpened) {
                log.debug("Closed before the database opened", notOpened);
            }
        }
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
        LogFile.stop();
    }
}
