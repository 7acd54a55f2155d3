package org.shoetopia.ui.account;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.shoetopia.domain.Width;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the account screen. */
public final class AccountController implements ScreenController {
    private final AccountViewModel model;

    @FXML
    private Label summary;

    @FXML
    private PasswordField currentPassword;

    @FXML
    private PasswordField newPassword;

    @FXML
    private PasswordField emailPassword;

    @FXML
    private TextField newEmail;

    @FXML
    private Label currentPasswordError;

    @FXML
    private Label newPasswordError;

    @FXML
    private Label passwordFormError;

    @FXML
    private Label emailPasswordError;

    @FXML
    private Label newEmailError;

    @FXML
    private Label emailFormError;

    @FXML
    private Label notice;

    public AccountController(UiContext context) {
        this.model = new AccountViewModel(context.services().accounts(), context.runner(), context.session());
    }

    @FXML
    private TextField footLength;

    @FXML
    private ComboBox<Width> width;

    @FXML
    private TextField sizesNote;

    @FXML
    private Label footLengthError;

    @FXML
    private Label widthError;

    @FXML
    private Label sizesNoteError;

    @FXML
    private Label fitSummary;

    @FXML
    private Label fitFormError;

    @FXML
    private void saveFit() {
        model.saveFit();
    }

    @FXML
    private void initialize() {
        footLength.textProperty().bindBidirectional(model.footLengthProperty());
        Bind.codedChoices(width, Width.class, true);
        width.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Width value) {
                return value == null ? "not known" : value.code().replace('_', ' ');
            }

            @Override
            public Width fromString(String text) {
                return null; // not editable: picked from the list
            }
        });
        width.valueProperty().bindBidirectional(model.widthProperty());
        sizesNote.textProperty().bindBidirectional(model.sizesNoteProperty());
        fitSummary.textProperty().bind(model.fitSummaryProperty());
        Bind.error(footLengthError, model.fitErrors().of("footLength"));
        Bind.error(widthError, model.fitErrors().of("width"));
        Bind.error(sizesNoteError, model.fitErrors().of("sizesNote"));
        Bind.error(fitFormError, model.fitErrors().form());
        summary.textProperty().bind(model.summaryProperty());
        currentPassword.textProperty().bindBidirectional(model.currentPasswordProperty());
        newPassword.textProperty().bindBidirectional(model.newPasswordProperty());
        emailPassword.textProperty().bindBidirectional(model.emailPasswordProperty());
        newEmail.textProperty().bindBidirectional(model.newEmailProperty());
        Bind.error(currentPasswordError, model.passwordErrors().of("currentPassword"));
        Bind.error(newPasswordError, model.passwordErrors().of("newPassword"));
        Bind.error(passwordFormError, model.passwordErrors().form());
        Bind.error(emailPasswordError, model.emailErrors().of("password"));
        Bind.error(newEmailError, model.emailErrors().of("email"));
        Bind.error(emailFormError, model.emailErrors().form());
        notice.textProperty().bind(model.noticeProperty());
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void changePassword() {
        model.changePassword();
    }

    @FXML
    private void changeEmail() {
        model.changeEmail();
    }
}
