package org.shoetopia.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shoetopia.api.ListingView;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.Database;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.terminal.TerminalSettings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the screen tests: the real window over the real services on an emptied database (H2
 * unless a test says otherwise), driven headless by TestFX through Monocle.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class UiTest {
    protected final TestDb db;
    protected Database database;
    protected Services app;
    /** Through the schema owner's login, for what only an operator does (making an admin). */
    protected Services operator;

    protected Fixtures given;
    protected SessionModel session;
    protected ShoetopiaWindow window;
    protected FxBackgroundRunner runner;
    protected final RecordingDialogs dialogs = new RecordingDialogs();
    private Path dataFolder;

    protected UiTest() {
        this(TestDb.H2);
    }

    protected UiTest(TestDb db) {
        this.db = db;
    }

    @BeforeEach
    void openWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        database = TestDatabases.get(db);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.system(java.time.ZoneId.systemDefault()));
        operator = ServiceTest.operatorServices(db);
        given = new Fixtures(app);
        session = new SessionModel();
        runner = new FxBackgroundRunner();
        DataFolder folder = new DataFolder(Files.createTempDirectory("shoetopia-ui-test"));
        dataFolder = folder.path();
        java.util.Optional<org.shoetopia.backup.BackupSchedule> schedule = backups(); // once, as the app opens it
        UiContext context = new UiContext(
                screensApi(),
                new TerminalSettings(folder, java.util.Map.of()),
                runner,
                dialogs,
                new Messages(Locale.ENGLISH),
                session,
                () -> schedule);
        FxToolkit.setupFixture(() -> {
            window = new ShoetopiaWindow(context, stage);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The backups the dashboard shows: none, as on a till of a server, unless a test makes some. */
    protected java.util.Optional<org.shoetopia.backup.BackupSchedule> backups() {
        return java.util.Optional.empty();
    }

    /** The API the screens call: the in-process services, unless a test runs them through a server. */
    protected org.shoetopia.api.ShoetopiaApi screensApi() throws Exception {
        return app.api();
    }

    @AfterEach
    void stopRunner() throws Exception {
        onFx(session::signOut);
        FxToolkit.cleanupStages();
        runner.close();
    }

    /** The terminal's settings file in this test's own data folder. */
    protected Path settingsFile() {
        return dataFolder.resolve("shoetopia.properties");
    }

    /** Runs {@code action} on the FX thread and waits for it, so an error in it fails the test. */
    protected static void onFx(Runnable action) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the FX thread did not run it within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits (bounded) until the background calls and FX events settle and the condition holds. */
    protected void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected void signInAs(org.shoetopia.api.Actor actor) {
        var signedIn = app.accounts().refresh(actor);
        onFx(() -> session.signIn(signedIn));
    }

    protected void showScreen(Screen screen) {
        onFx(() -> window.show(screen));
    }

    /** Writes target/screenshots/{name}.png of the whole window. */
    protected void screenshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> window.scene().snapshot(null)));
        try {
            Path file = Path.of("target", "screenshots").resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(toBufferedImage(image), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return buffered;
    }

    protected static <T extends Node> T find(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    /**
     * Dialogs recorded instead of shown; confirmations answer what {@link #confirmAnswers} queues (yes
     * when nothing is), prompts and file choosers take the answers queued by the test (none queued:
     * the user cancelled).
     */
    public static final class RecordingDialogs implements DialogService {
        public final List<String> shown = new ArrayList<>();
        public final Deque<String> answers = new ArrayDeque<>();
        public final Deque<Path> chosenFiles = new ArrayDeque<>();
        public final Deque<Integer> choices = new ArrayDeque<>();
        public final Deque<List<String>> forms = new ArrayDeque<>();
        public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
        /** The fields of the last form shown, with what they started with. */
        public List<FormField> lastFormFields = List.of();

        @Override
        public void showInfo(String title, String message) {
            shown.add(title + ": " + message);
        }

        @Override
        public void showError(String title, String message) {
            shown.add(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String message) {
            shown.add(title + ": " + message);
            Boolean answer = confirmAnswers.poll();
            return answer == null || answer;
        }

        /** Picks the choice queued in {@link #choices}, or closes the dialog when none is. */
        @Override
        public Optional<Integer> choose(String title, String message, List<String> options) {
            shown.add(title + ": " + message + " " + options);
            return Optional.ofNullable(choices.poll());
        }

        @Override
        public Optional<String> ask(String title, String header, String label, String initial) {
            shown.add(title + ": " + header + " / " + label + " [" + initial + "]");
            return Optional.ofNullable(answers.poll());
        }

        /** Fills the form with the values queued in {@link #forms}, or cancels it when none are. */
        @Override
        public Optional<List<String>> form(String title, String header, List<FormField> fields) {
            shown.add(title + ": " + header + " "
                    + fields.stream().map(FormField::label).toList());
            lastFormFields = List.copyOf(fields);
            return Optional.ofNullable(forms.poll());
        }

        /** Records the document's lines; picks the choice queued in {@link #choices}, or closes it. */
        @Override
        public Optional<Integer> showDocument(String title, List<String> lines, List<String> options) {
            shown.add(title + ": " + String.join("\n", lines) + " " + options);
            return Optional.ofNullable(choices.poll());
        }

        /** The grid cells to pick, as a cashier names them: US size and width letter ("10.5 2E"). */
        public final Deque<String> sizes = new ArrayDeque<>();

        /** Records the grid's cells and their stock; picks the cell queued in {@link #sizes}, or closes it. */
        @Override
        public Optional<ListingView> pickSize(String title, SizeGrid grid) {
            List<String> cells = new ArrayList<>();
            Map<String, ListingView> byName = new java.util.HashMap<>();
            for (SizeGrid.Row row : grid.rows()) {
                row.cells().values().forEach(sku -> {
                    String name = row.size() + " " + sku.width().letter(sku.gender());
                    cells.add(name + "=" + sku.stock());
                    byName.put(name, sku);
                });
            }
            shown.add(title + ": " + cells);
            String wanted = sizes.poll();
            if (wanted == null) {
                return Optional.empty();
            }
            ListingView sku = byName.get(wanted);
            if (sku == null) {
                throw new AssertionError("No cell " + wanted + " in the grid " + cells);
            }
            if (sku.stock() <= 0) {
                throw new AssertionError("Cell " + wanted + " has no stock: the dialog would not let it be picked");
            }
            return Optional.of(sku);
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind) {
            shown.add(title + ": " + suggestedName);
            return Optional.ofNullable(chosenFiles.poll());
        }
    }
}
