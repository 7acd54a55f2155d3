package org.shoetopia.ui;

/** A screen shown in the main window; told when it is shown and hidden (to start and stop live updates). */
public interface ScreenController {
    default void onShown() {}

    default void onHidden() {}
}
