package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.terminal.TerminalSettings;
import org.shoetopia.terminal.TerminalSettings.WindowSize;

/**
 * The window opens within the display: a 1024×768 till's whole usable area, a large display's usual
 * size, or the size it was left at.
 */
class WindowSizeTest {
    @Test
    void onASmallDisplayTheWindowFillsItsUsableAreaAndMayBeNoLarger() {
        Rectangle2D till = new Rectangle2D(0, 0, 1024, 740); // 768 less a panel

        assertThat(ShoetopiaWindow.sizeFor(till, Optional.empty())).isEqualTo(new Dimension2D(1024, 740));
        assertThat(ShoetopiaWindow.leastSizeFor(till)).isEqualTo(new Dimension2D(960, 640));
        Rectangle2D tiny = new Rectangle2D(0, 0, 800, 600);
        assertThat(ShoetopiaWindow.leastSizeFor(tiny)).isEqualTo(new Dimension2D(800, 600));
    }

    @Test
    void onALargeDisplayItOpensAtItsUsualSize() {
        Rectangle2D desk = new Rectangle2D(0, 0, 1920, 1040);

        assertThat(ShoetopiaWindow.sizeFor(desk, Optional.empty()))
                .isEqualTo(new Dimension2D(ShoetopiaWindow.WIDTH, ShoetopiaWindow.HEIGHT));
    }

    @Test
    void itOpensAtTheSizeItWasLeftAtWithinTheDisplayAndNoSmallerThanItsLeast() {
        Rectangle2D desk = new Rectangle2D(0, 0, 1920, 1040);
        Rectangle2D till = new Rectangle2D(0, 0, 1024, 740);

        assertThat(ShoetopiaWindow.sizeFor(desk, Optional.of(new WindowSize(1600, 900, false))))
                .isEqualTo(new Dimension2D(1600, 900));
        // left at 1600×900 on a desk's display, then the till's small one: it still fits
        assertThat(ShoetopiaWindow.sizeFor(till, Optional.of(new WindowSize(1600, 900, false))))
                .isEqualTo(new Dimension2D(1024, 740));
        assertThat(ShoetopiaWindow.sizeFor(desk, Optional.of(new WindowSize(200, 100, false))))
                .isEqualTo(new Dimension2D(960, 640));
    }

    @Test
    void theSettingsRememberTheSizeAndIgnoreAHandEditedOne(@TempDir Path folder) throws Exception {
        TerminalSettings settings = new TerminalSettings(new DataFolder(folder), Map.of());
        assertThat(settings.windowSize()).isEmpty();

        settings.rememberWindowSize(new WindowSize(1366.4, 768, true));
        assertThat(settings.windowSize()).contains(new WindowSize(1366, 768, true));

        Path file = folder.resolve(DatabaseConfig.CONFIG_FILE);
        Files.writeString(file, Files.readString(file).replace("window.width=1366", "window.width=wide"));
        assertThat(settings.windowSize()).isEmpty();
    }
}
