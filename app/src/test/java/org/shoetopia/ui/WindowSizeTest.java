package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The window opens within the display: a 1024×768 till's whole usable area, a large display's usual size. */
class WindowSizeTest {
    @Test
    void onASmallDisplayTheWindowFillsItsUsableAreaAndMayBeNoLarger() {
        Rectangle2D till = new Rectangle2D(0, 0, 1024, 740); // 768 less a panel

        assertThat(ShoetopiaWindow.sizeFor(till)).isEqualTo(new Dimension2D(1024, 740));
        assertThat(ShoetopiaWindow.leastSizeFor(till)).isEqualTo(new Dimension2D(960, 640));
        Rectangle2D tiny = new Rectangle2D(0, 0, 800, 600);
        assertThat(ShoetopiaWindow.leastSizeFor(tiny)).isEqualTo(new Dimension2D(800, 600));
    }

    @Test
    void onALargeDisplayItOpensAtItsUsualSize() {
        Rectangle2D desk = new Rectangle2D(0, 0, 1920, 1040);

        assertThat(ShoetopiaWindow.sizeFor(desk))
                .isEqualTo(new Dimension2D(ShoetopiaWindow.WIDTH, ShoetopiaWindow.HEIGHT));
    }
}
