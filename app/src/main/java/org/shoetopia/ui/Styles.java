package org.shoetopia.ui;

/** The style classes Java code sets (FXML names the rest). Colours live in app.css, never in Java. */
public final class Styles {
    public static final String ERROR_TEXT = "error-text";
    public static final String MUTED = "muted";
    /** A column's or a section's heading. */
    public static final String HEADING = "heading";
    /** A compared value that is not the same on both sides. */
    public static final String DIFFERS = "differs";

    public static final String NAV_BUTTON = "nav-button";
    /** On the window's root when the terminal has a touch screen (Settings): bigger targets, the till's pad. */
    public static final String TOUCH = "touch";

    private Styles() {}

    /** Puts the touch layout on or off the window's root, as the terminal's settings say now. */
    public static void layoutFor(javafx.scene.Parent root, boolean touch) {
        root.getStyleClass().remove(TOUCH);
        if (touch) {
            root.getStyleClass().add(TOUCH);
        }
    }
}
