package org.shoetopia.ui.settings;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the settings screen. */
public final class SettingsController implements ScreenController {
    private final SettingsViewModel model;

    @FXML
    private Label current;

    @FXML
    private CheckBox useServer;

    @FXML
    private VBox serverPane;

    @FXML
    private TextField url;

    @FXML
    private Label fingerprint;

    @FXML
    private TextField terminalName;

    @FXML
    private Label urlError;

    @FXML
    private Label terminalNameError;

    @FXML
    private Label error;

    @FXML
    private Label notice;

    @FXML
    private Button checkButton;

    @FXML
    private Button saveButton;

    @FXML
    private VBox backupPane;

    @FXML
    private TextField backupFolder;

    @FXML
    private Label backupFolderError;

    @FXML
    private TextField receiptPrinter;

    @FXML
    private Label receiptPrinterError;

    @FXML
    private javafx.scene.control.CheckBox touchLayout;

    public SettingsController(UiContext context) {
        this.model = new SettingsViewModel(context.settings(), context.runner());
    }

    @FXML
    private void initialize() {
        current.textProperty().bind(model.currentProperty());
        useServer.selectedProperty().bindBidirectional(model.useServerProperty());
        serverPane.disableProperty().bind(useServer.selectedProperty().not());
        url.textProperty().bindBidirectional(model.urlProperty());
        fingerprint.textProperty().bind(model.fingerprintProperty());
        terminalName.textProperty().bindBidirectional(model.terminalNameProperty());
        Bind.error(urlError, model.errors().of("url"));
        Bind.error(terminalNameError, model.errors().of("terminalName"));
        Bind.error(error, model.errors().form());
        notice.textProperty().bind(model.noticeProperty());
        checkButton
                .disableProperty()
                .bind(model.busyProperty().or(useServer.selectedProperty().not()));
        saveButton.disableProperty().bind(model.busyProperty());
        backupFolder.textProperty().bindBidirectional(model.backupFolderProperty());
        Bind.error(backupFolderError, model.errors().of("backupFolder"));
        receiptPrinter.textProperty().bindBidirectional(model.receiptPrinterProperty());
        Bind.error(receiptPrinterError, model.errors().of("receiptPrinter"));
        touchLayout.selectedProperty().bindBidirectional(model.touchLayoutProperty());
        backupPane.disableProperty().bind(useServer.selectedProperty());
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void checkServer() {
        model.checkServer();
    }

    @FXML
    private void chooseBackupFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Also back up to");
        File chosen = chooser.showDialog(backupFolder.getScene().getWindow());
        if (chosen != null) {
            backupFolder.setText(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void save() {
        model.save();
    }
}
