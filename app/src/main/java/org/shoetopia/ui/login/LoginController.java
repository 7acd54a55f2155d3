package org.shoetopia.ui.login;

import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Screen;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.ScreenLoader;
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

    @FXML
    private Hyperlink setUpLink;

    private final UiContext context;

    public LoginController(UiContext context) {
        this.context = context;
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
        showSetUpLink();
    }

    /** Reads the terminal's settings file off the FX thread; the link stays hidden until it knows. */
    private void showSetUpLink() {
        setUpLink.setVisible(false);
        setUpLink.setManaged(false);
        context.runner()
                .call(() -> !context.settings().isSetUp())
                .onSuccess(needed -> {
                    setUpLink.setVisible(needed);
                    setUpLink.setManaged(needed);
                })
                .start();
    }

    /** A terminal nobody set up yet: its settings in a window of their own, before anyone signs in. */
    @FXML
    private void setUpTerminal() {
        ScreenLoader.Loaded<ScreenController> settings = new ScreenLoader(context).load(Screen.SETTINGS.fxml());
        Stage window = new Stage();
        window.initOwner(setUpLink.getScene().getWindow());
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(context.messages().get("app.setUpTitle"));
        StackPane padded = new StackPane(settings.root());
        padded.setPadding(new Insets(24));
        // scrolls rather than cutting off Save on a small display
        javafx.scene.control.ScrollPane scrolled = new javafx.scene.control.ScrollPane(padded);
        scrolled.setFitToWidth(true);
        double height =
                Math.min(780, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 60);
        Scene scene = new Scene(scrolled, 660, height);
        scene.getStylesheets().addAll(setUpLink.getScene().getStylesheets());
        window.setScene(scene);
        settings.controller().onShown();
        window.showAndWait();
        showSetUpLink();
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
