package org.shoetopia.ui.login;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.UserSession;
import org.shoetopia.domain.Email;
import org.shoetopia.domain.NewPassword;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/** Sign-in and sign-up: the form state, the rules shown as you type, and the calls. */
public final class LoginViewModel {
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final SessionModel session;

    private final StringProperty loginEmail = new SimpleStringProperty("");
    private final StringProperty loginPassword = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeatPassword = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final FieldErrors loginErrors = new FieldErrors();
    private final FieldErrors signUpErrors =
            new FieldErrors().field("name").field("email").field("password").field("repeatPassword");

    public LoginViewModel(AccountService accounts, BackgroundRunner runner, SessionModel session) {
        this.accounts = accounts;
        this.runner = runner;
        this.session = session;
        name.addListener((o, was, now) -> checkName());
        email.addListener((o, was, now) -> checkEmail());
        password.addListener((o, was, now) -> checkPassword());
        repeatPassword.addListener((o, was, now) -> checkRepeat());
    }

    public void logIn() {
        loginErrors.clear();
        if (loginEmail.get().isBlank() || loginPassword.get().isEmpty()) {
            loginErrors.set(FieldErrors.FORM, "Enter your email and password");
            return;
        }
        runner.call(() -> accounts.logIn(loginEmail.get(), loginPassword.get()))
                .busy(busy)
                .onSuccess(this::signedIn)
                .onFailure(error -> {
                    loginPassword.set("");
                    loginErrors.show(error);
                })
                .start();
    }

    /** Checks every rule first and shows each one broken; only a clean form is sent. */
    @SuppressWarnings("ShortCircuitBoolean") // every check runs, so the form shows every error at once
    public void signUp() {
        signUpErrors.set(FieldErrors.FORM, "");
        boolean valid = checkName() & checkEmail() & checkPassword() & checkRepeat();
        if (!valid) {
            return;
        }
        runner.call(() -> accounts.signUp(name.get(), email.get(), password.get()))
                .busy(busy)
                .onSuccess(made -> {
                    clearSecrets();
                    session.signUp(made); // the main window offers the new account's first step
                })
                .onFailure(signUpErrors::show)
                .start();
    }

    private void signedIn(UserSession signedIn) {
        clearSecrets();
        session.signIn(signedIn);
    }

    private void clearSecrets() {
        loginPassword.set("");
        password.set("");
        repeatPassword.set("");
        signUpErrors.clear();
    }

    private boolean checkName() {
        boolean ok = !name.get().isBlank() && name.get().strip().length() <= AccountService.MAX_NAME;
        signUpErrors.set("name", ok ? "" : "Enter your name (at most " + AccountService.MAX_NAME + " characters)");
        return ok;
    }

    private boolean checkEmail() {
        try {
            Email.parse(email.get());
            signUpErrors.set("email", "");
            return true;
        } catch (ValidationException e) {
            signUpErrors.set("email", e.getMessage());
            return false;
        }
    }

    private boolean checkPassword() {
        try {
            NewPassword.check("password", password.get());
            signUpErrors.set("password", "");
            return true;
        } catch (ValidationException e) {
            signUpErrors.set("password", e.getMessage());
            return false;
        }
    }

    private boolean checkRepeat() {
        boolean ok = repeatPassword.get().equals(password.get());
        signUpErrors.set("repeatPassword", ok ? "" : "The passwords differ");
        return ok;
    }

    public StringProperty loginEmailProperty() {
        return loginEmail;
    }

    public StringProperty loginPasswordProperty() {
        return loginPassword;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatPasswordProperty() {
        return repeatPassword;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public FieldErrors loginErrors() {
        return loginErrors;
    }

    public FieldErrors signUpErrors() {
        return signUpErrors;
    }
}
