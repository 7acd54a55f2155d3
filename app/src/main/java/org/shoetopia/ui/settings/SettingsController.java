package org.shoetopia.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the settings screen. */
public final class SettingsController implements ScreenController {
    private final SettingsViewModel model;

    @FXML
    private Label current;

    @FXML
    private CheckBox usePostgres;

    @FXML
    private VBox postgresPane;

    @FXML
    private TextField url;

    @FXML
    private TextField user;

    @FXML
    private PasswordField password;

    @FXML
    private TextField terminalName;

    @FXML
    private Label urlError;

    @FXML
    private Label userError;

    @FXML
    private Label terminalNameError;

    @FXML
    private Label error;

    @FXML
    private Label notice;

    @FXML
    private Button testButton;

    @FXML
    private Button saveButton;

    public SettingsController(UiContext context) {
        this.model = new SettingsViewModel(context.settings(), context.runner());
    }

    @FXML
    private void initialize() {
        current.textProperty().bind(model.currentProperty());
        usePostgres.selectedProperty().bindBidirectional(model.usePostgresProperty());
        postgresPane.disableProperty().bind(usePostgres.selectedProperty().not());
        url.textProperty().bindBidirectional(model.urlProperty());
        user.textProperty().bindBidirectional(model.userProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        terminalName.textProperty().bindBidirectional(model.terminalNameProperty());
        Bind.error(urlError, model.errors().of("url"));
        Bind.error(userError, model.errors().of("user"));
        Bind.error(terminalNameError, model.errors().of("terminalName"));
        Bind.error(error, model.errors().form());
        notice.textProperty().bind(model.noticeProperty());
        testButton
                .disableProperty()
                .bind(model.busyProperty().or(usePostgres.selectedProperty().not()));
        saveButton.disableProperty().bind(model.busyProperty());
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void testConnection() {
        model.testConnection();
    }

    @FXML
    private void save() {
        model.save();
    }
}
