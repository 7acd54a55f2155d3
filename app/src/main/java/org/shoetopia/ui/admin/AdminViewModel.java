package org.shoetopia.ui.admin;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.VerificationService;
import org.shoetopia.api.VerificationService.ApplicationView;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/** The admin's queue of verification applications: approve, or reject with a reason the shop reads. */
public final class AdminViewModel {
    private final VerificationService verification;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final ObservableList<ApplicationView> pending = FXCollections.observableArrayList();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors().field("reason");

    public AdminViewModel(VerificationService verification, BackgroundRunner runner, SessionModel session) {
        this.verification = verification;
        this.runner = runner;
        this.session = session;
    }

    public void load() {
        var actor = session.actor();
        runner.call(() -> verification.pending(actor))
                .onSuccess(pending::setAll)
                .onFailure(errors::show)
                .start();
    }

    public void decide(ApplicationView application, boolean approve) {
        errors.clear();
        if (application == null) {
            errors.set(FieldErrors.FORM, "Select an application first");
            return;
        }
        var actor = session.actor();
        String why = reason.get();
        runner.call(() -> {
                    verification.decide(actor, application.applicationId(), approve, why);
                    return application;
                })
                .onSuccess(decided -> {
                    notice.set(decided.storeName() + (approve ? " is verified" : " was rejected"));
                    reason.set("");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public ObservableList<ApplicationView> pending() {
        return pending;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public FieldErrors errors() {
        return errors;
    }
}
