package org.shoetopia.ui;

import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.terminal.TerminalSettings;

/**
 * What every screen's controller is built with (by constructor, through the FXML controller
 * factory): the services, the background runner, dialogs, strings and the signed-in session.
 */
public record UiContext(
        ShoetopiaApi services,
        TerminalSettings settings,
        BackgroundRunner runner,
        DialogService dialogs,
        Messages messages,
        SessionModel session) {}
