package org.shoetopia.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Dialogs as JavaFX alerts. */
public final class FxDialogService implements DialogService {
    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message)
                .showAndWait()
                .filter(ButtonType.OK::equals)
                .isPresent();
    }

    private static Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }
}
