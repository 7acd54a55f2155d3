package org.shoetopia.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shoetopia.service.TerminalSettingsService;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;

/** The terminal's settings: embedded database or a PostgreSQL server (tested before saving), and its name. */
public final class SettingsViewModel {
    private final TerminalSettingsService settings;
    private final BackgroundRunner runner;
    private final BooleanProperty usePostgres = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("jdbc:postgresql://localhost:5432/shoetopia");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty terminalName = new SimpleStringProperty("");
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final FieldErrors errors =
            new FieldErrors().field("url").field("user").field("terminalName");

    public SettingsViewModel(TerminalSettingsService settings, BackgroundRunner runner) {
        this.settings = settings;
        this.runner = runner;
    }

    public void load() {
        runner.call(settings::current)
                .onSuccess(now -> {
                    usePostgres.set(!now.embedded());
                    if (!now.embedded()) {
                        url.set(now.url());
                        user.set(now.user() == null ? "" : now.user());
                    }
                    terminalName.set(now.terminalName());
                    current.set(
                            (now.embedded() ? "Embedded database in " + now.dataFolder() : "PostgreSQL: " + now.url())
                                    + (now.setByEnvironment()
                                            ? "\n(set by SHOETOPIA_DB_URL; the environment wins over this screen)"
                                            : ""));
                })
                .onFailure(errors::show)
                .start();
    }

    public void testConnection() {
        errors.clear();
        notice.set("");
        String u = url.get();
        String who = user.get();
        String secret = password.get();
        runner.call(() -> settings.testConnection(u, who, secret))
                .busy(busy)
                .onSuccess(version -> notice.set("Connected: " + version))
                .onFailure(errors::show)
                .start();
    }

    public void save() {
        errors.clear();
        notice.set("");
        boolean postgres = usePostgres.get();
        String u = url.get();
        String who = user.get();
        String secret = password.get();
        String name = terminalName.get();
        runner.run(() -> {
                    if (postgres) {
                        settings.usePostgres(u, who, secret);
                    } else {
                        settings.useEmbedded();
                    }
                    if (name != null && !name.isBlank()) {
                        settings.setTerminalName(name);
                    }
                })
                .busy(busy)
                .onSuccess(done -> {
                    password.set("");
                    notice.set("Saved. A change of database applies when Shoetopia next starts.");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public BooleanProperty usePostgresProperty() {
        return usePostgres;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty terminalNameProperty() {
        return terminalName;
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
