package org.shoetopia.ui;

/** The style classes of app.css, named once. Colours live in the stylesheet, never in Java. */
public final class Styles {
    public static final String ERROR_TEXT = "error-text";
    public static final String SUCCESS_TEXT = "success-text";
    public static final String MUTED = "muted";
    public static final String SALE_BADGE = "sale-badge";
    public static final String NAV_BUTTON = "nav-button";
    public static final String SCREEN_TITLE = "screen-title";
    public static final String BIG_NUMBER = "big-number";

    private Styles() {
    }
}
