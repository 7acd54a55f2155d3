package org.shoetopia.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shoetopia.terminal.TerminalSettings;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;

/**
 * The terminal's settings: this computer only, or a till of a Shoetopia server (whose certificate
 * fingerprint is shown for the user to compare with the one the server printed, then pinned), and
 * the terminal's name; on a terminal of its own, the second folder its backups go to.
 */
public final class SettingsViewModel {
    private final TerminalSettings settings;
    private final BackgroundRunner runner;
    private final BooleanProperty useServer = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("https://");
    private final StringProperty fingerprint = new SimpleStringProperty("");
    private final StringProperty terminalName = new SimpleStringProperty("");
    private final StringProperty backupFolder = new SimpleStringProperty("");
    private final StringProperty receiptPrinter = new SimpleStringProperty("");
    private final BooleanProperty touchLayout = new SimpleBooleanProperty();
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors errors = new FieldErrors()
            .field("url")
            .field("terminalName")
            .field("backupFolder")
            .field("receiptPrinter");
    /** The address the shown fingerprint belongs to: editing the address needs a new check. */
    private String checkedUrl = "";

    public SettingsViewModel(TerminalSettings settings, BackgroundRunner runner) {
        this.settings = settings;
        this.runner = runner;
        url.addListener((o, was, now) -> {
            if (!now.strip().equals(checkedUrl)) {
                fingerprint.set("");
            }
        });
    }

    public void load() {
        runner.call(settings::current)
                .onSuccess(now -> {
                    useServer.set(now.server().isPresent());
                    now.server().ifPresent(server -> {
                        checkedUrl = server.url().toString();
                        url.set(checkedUrl);
                        fingerprint.set(server.fingerprint());
                    });
                    terminalName.set(now.terminalName());
                    backupFolder.set(now.backupFolder());
                    receiptPrinter.set(now.receiptPrinter());
                    touchLayout.set(now.touchLayout());
                    current.set(now.server()
                                    .map(server -> "A till of the Shoetopia server at " + server.url())
                                    .orElse("This computer only: the database file in " + now.dataFolder())
                            + (now.setByEnvironment()
                                    ? "\n(set by SHOETOPIA_SERVER_URL; the environment wins over this screen)"
                                    : ""));
                })
                .onFailure(errors::show)
                .start();
    }

    /** Reaches the server and shows the fingerprint of its certificate, to compare before trusting it. */
    public void checkServer() {
        errors.clear();
        notice.set("");
        String address = url.get();
        runner.call(() -> settings.checkServer(address))
                .busy(busy)
                .onSuccess(seen -> {
                    checkedUrl = address.strip();
                    fingerprint.set(seen);
                    notice.set("Compare this fingerprint with the one the server printed; save only if they match.");
                })
                .onFailure(errors::show)
                .start();
    }

    public void save() {
        errors.clear();
        notice.set("");
        boolean server = useServer.get();
        String address = url.get();
        String pinned = fingerprint.get();
        String name = terminalName.get();
        String backupsAlsoTo = backupFolder.get();
        String printer = receiptPrinter.get();
        boolean touch = touchLayout.get();
        runner.run(() -> {
                    if (server) {
                        settings.useServer(address, pinned);
                    } else {
                        settings.setBackupFolder(backupsAlsoTo);
                        settings.useThisComputer();
                    }
                    if (name != null && !name.isBlank()) {
                        settings.setTerminalName(name);
                    }
                    settings.setReceiptPrinter(printer);
                    settings.setTouchLayout(touch);
                })
                .busy(busy)
                .onSuccess(done -> {
                    notice.set("Saved. A server or database change applies when Shoetopia next starts; the touch"
                            + " layout, from the next sign-in.");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public BooleanProperty touchLayoutProperty() {
        return touchLayout;
    }

    public BooleanProperty useServerProperty() {
        return useServer;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty fingerprintProperty() {
        return fingerprint;
    }

    public StringProperty terminalNameProperty() {
        return terminalName;
    }

    public StringProperty receiptPrinterProperty() {
        return receiptPrinter;
    }

    public StringProperty backupFolderProperty() {
        return backupFolder;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors errors() {
        return errors;
    }
}
