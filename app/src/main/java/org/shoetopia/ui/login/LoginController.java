package org.shoetopia.ui.login;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.UiContext;

/** Binds the sign-in / sign-up screen to its view model. */
public final class LoginController {
    private final LoginViewModel model;

    @FXML
    private TextField loginEmail;

    @FXML
    private PasswordField loginPassword;

    @FXML
    private Label loginError;

    @FXML
    private Button logInButton;

    @FXML
    private TextField name;

    @FXML
    private Label nameError;

    @FXML
    private TextField email;

    @FXML
    private Label emailError;

    @FXML
    private PasswordField password;

    @FXML
    private Label passwordError;

    @FXML
    private PasswordField repeatPassword;

    @FXML
    private Label repeatPasswordError;

    @FXML
    private Label signUpError;

    @FXML
    private Button signUpButton;

    @FXML
    private ProgressIndicator busy;

    public LoginController(UiContext context) {
        this.model = new LoginViewModel(context.services().accounts(), context.runner(), context.session());
    }

    @FXML
    private void initialize() {
        loginEmail.textProperty().bindBidirectional(model.loginEmailProperty());
        loginPassword.textProperty().bindBidirectional(model.loginPasswordProperty());
        name.textProperty().bindBidirectional(model.nameProperty());
        email.textProperty().bindBidirectional(model.emailProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        repeatPassword.textProperty().bindBidirectional(model.repeatPasswordProperty());
        Bind.error(loginError, model.loginErrors().form());
        Bind.error(nameError, model.signUpErrors().of("name"));
        Bind.error(emailError, model.signUpErrors().of("email"));
        Bind.error(passwordError, model.signUpErrors().of("password"));
        Bind.error(repeatPasswordError, model.signUpErrors().of("repeatPassword"));
        Bind.error(signUpError, model.signUpErrors().form());
        busy.visibleProperty().bind(model.busyProperty());
        logInButton.disableProperty().bind(model.busyProperty());
        signUpButton.disableProperty().bind(model.busyProperty());
    }

    @FXML
    private void logIn() {
        model.logIn();
    }

    @FXML
    private void signUp() {
        model.signUp();
    }
}
