package org.shoetopia.ui;

/** The style classes Java code sets (FXML names the rest). Colours live in app.css, never in Java. */
public final class Styles {
    public static final String ERROR_TEXT = "error-text";
    public static final String NAV_BUTTON = "nav-button";

    private Styles() {}
}
