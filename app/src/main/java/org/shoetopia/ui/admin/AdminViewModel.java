package org.shoetopia.ui.admin;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.VerificationService;
import org.shoetopia.api.VerificationService.ApplicationView;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/**
 * The admin's queue of verification applications (approve, or reject with a reason the shop reads),
 * and signing an account out of every terminal.
 */
public final class AdminViewModel {
    private final VerificationService verification;
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;
    private final ObservableList<ApplicationView> pending = FXCollections.observableArrayList();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors().field("reason");
    private final StringProperty sessionsEmail = new SimpleStringProperty("");
    private final StringProperty sessionsNotice = new SimpleStringProperty("");
    private final FieldErrors sessionErrors = new FieldErrors().field("email");

    public AdminViewModel(
            VerificationService verification,
            AccountService accounts,
            BackgroundRunner runner,
            SessionModel session,
            DialogService dialogs) {
        this.verification = verification;
        this.accounts = accounts;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
    }

    /** Ends every server session of the account, after the admin confirms; says how many ended. */
    public void endSessions() {
        sessionErrors.clear();
        sessionsNotice.set("");
        String email = sessionsEmail.get() == null ? "" : sessionsEmail.get().strip();
        if (email.isEmpty()) {
            sessionErrors.set("email", "Type the email of the account to sign out");
            return;
        }
        if (!dialogs.confirm(
                "Sign out everywhere",
                "Every terminal signed in as " + email + " will have to sign in again. Go on?")) {
            return;
        }
        var actor = session.actor();
        runner.call(() -> accounts.endSessions(actor, email))
                .onSuccess(ended -> {
                    sessionsNotice.set(
                            ended == 0
                                    ? email + " was signed in on no terminal"
                                    : email + " is signed out of " + ended + (ended == 1 ? " terminal" : " terminals"));
                    sessionsEmail.set("");
                })
                .onFailure(sessionErrors::show)
                .start();
    }

    public StringProperty sessionsEmailProperty() {
        return sessionsEmail;
    }

    public StringProperty sessionsNoticeProperty() {
        return sessionsNotice;
    }

    public FieldErrors sessionErrors() {
        return sessionErrors;
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
