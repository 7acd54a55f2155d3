package org.shoetopia.ui.account;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.Fit.FitForm;
import org.shoetopia.api.Fit.FitView;
import org.shoetopia.domain.Width;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.FitText;
import org.shoetopia.ui.SessionModel;

/** The account: view it, change the password (old one needed), change the email (password needed). */
public final class AccountViewModel {
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty currentPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty emailPassword = new SimpleStringProperty("");
    private final StringProperty newEmail = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors passwordErrors =
            new FieldErrors().field("currentPassword").field("newPassword");
    private final FieldErrors emailErrors = new FieldErrors().field("password").field("email");
    private final StringProperty footLength = new SimpleStringProperty("");
    private final ObjectProperty<Width> width = new SimpleObjectProperty<>();
    private final StringProperty sizesNote = new SimpleStringProperty("");
    private final StringProperty fitSummary = new SimpleStringProperty("");
    private final FieldErrors fitErrors =
            new FieldErrors().field("footLength").field("width").field("sizesNote");

    public AccountViewModel(AccountService accounts, BackgroundRunner runner, SessionModel session) {
        this.accounts = accounts;
        this.runner = runner;
        this.session = session;
    }

    public void load() {
        var actor = session.actor();
        runner.call(() -> accounts.myFit(actor))
                .onSuccess(this::showFit)
                .onFailure(fitErrors::show)
                .start();
        runner.call(() -> accounts.view(actor))
                .onSuccess(view ->
                        summary.set(view.name() + "\n" + view.email() + (view.admin() ? "\nPlatform admin" : "")))
                .onFailure(passwordErrors::show)
                .start();
    }

    private void showFit(FitView fit) {
        footLength.set(fit.footLengthMm() == null ? "" : fit.footLengthMm() / 10 + "." + fit.footLengthMm() % 10);
        width.set(fit.width());
        sizesNote.set(fit.sizesNote() == null ? "" : fit.sizesNote());
        fitSummary.set(FitText.of(fit));
    }

    /** Saves the fit the customer keeps on their account, shown at a shop's till when they are named. */
    public void saveFit() {
        fitErrors.clear();
        notice.set("");
        var actor = session.actor();
        var form = new FitForm(
                footLength.get(), width.get() == null ? "" : width.get().code(), sizesNote.get());
        runner.call(() -> accounts.saveMyFit(actor, form))
                .onSuccess(fit -> {
                    showFit(fit);
                    notice.set("Fit saved");
                })
                .onFailure(fitErrors::show)
                .start();
    }

    public StringProperty footLengthProperty() {
        return footLength;
    }

    public ObjectProperty<Width> widthProperty() {
        return width;
    }

    public StringProperty sizesNoteProperty() {
        return sizesNote;
    }

    public StringProperty fitSummaryProperty() {
        return fitSummary;
    }

    public FieldErrors fitErrors() {
        return fitErrors;
    }

    public void changePassword() {
        passwordErrors.clear();
        notice.set("");
        var actor = session.actor();
        String current = currentPassword.get();
        String next = newPassword.get();
        runner.run(() -> {
                    accounts.changePassword(actor, current, next);
                })
                .onSuccess(done -> {
                    currentPassword.set("");
                    newPassword.set("");
                    notice.set("Password changed");
                })
                .onFailure(passwordErrors::show)
                .start();
    }

    public void changeEmail() {
        emailErrors.clear();
        notice.set("");
        var actor = session.actor();
        String password = emailPassword.get();
        String email = newEmail.get();
        runner.run(() -> {
                    accounts.changeEmail(actor, password, email);
                })
                .onSuccess(done -> {
                    emailPassword.set("");
                    newEmail.set("");
                    notice.set("Email changed");
                    load();
                })
                .onFailure(emailErrors::show)
                .start();
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty currentPasswordProperty() {
        return currentPassword;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty emailPasswordProperty() {
        return emailPassword;
    }

    public StringProperty newEmailProperty() {
        return newEmail;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public FieldErrors passwordErrors() {
        return passwordErrors;
    }

    public FieldErrors emailErrors() {
        return emailErrors;
    }
}
