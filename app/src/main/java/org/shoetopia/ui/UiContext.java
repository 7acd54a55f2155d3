package org.shoetopia.ui;

import java.util.Optional;
import java.util.function.Supplier;
import org.shoetopia.api.ShoetopiaApi;
import org.shoetopia.backup.BackupSchedule;
import org.shoetopia.terminal.TerminalSettings;

/**
 * What every screen's controller is built with (by constructor, through the FXML controller
 * factory): the services, the background runner, dialogs, strings and the signed-in session; and,
 * on a terminal that keeps its own database, its backups.
 */
public record UiContext(
        ShoetopiaApi services,
        TerminalSettings settings,
        BackgroundRunner runner,
        DialogService dialogs,
        Messages messages,
        SessionModel session,
        Supplier<Optional<BackupSchedule>> backupsOnceOpen) {
    /** The terminal's backups, known once its database is open (always by the time anyone signs in). */
    public Optional<BackupSchedule> backups() {
        return backupsOnceOpen.get();
    }
}
