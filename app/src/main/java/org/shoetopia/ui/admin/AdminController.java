package org.shoetopia.ui.admin;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.shoetopia.api.VerificationService.ApplicationView;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the verification review screen. */
public final class AdminController implements ScreenController {
    private final AdminViewModel model;

    @FXML
    private TableView<ApplicationView> applications;

    @FXML
    private TextField reason;

    @FXML
    private Label reasonError;

    @FXML
    private Label error;

    @FXML
    private Label notice;

    @FXML
    private TextField sessionsEmail;

    @FXML
    private Label sessionsEmailError;

    @FXML
    private Label sessionsError;

    @FXML
    private Label sessionsNotice;

    public AdminController(UiContext context) {
        this.model = new AdminViewModel(
                context.services().verification(),
                context.services().accounts(),
                context.runner(),
                context.session(),
                context.dialogs());
    }

    @FXML
    private void initialize() {
        Bind.emptyText(applications, "No applications waiting for a decision");
        applications.setItems(model.pending());
        applications
                .getColumns()
                .setAll(
                        ListingTable.column("Shop", 200, ApplicationView::storeName),
                        ListingTable.column("Applied", 150, (ApplicationView a) -> Formats.dateTime(a.appliedAt())),
                        ListingTable.column("Units sold", 90, ApplicationView::unitsSold),
                        ListingTable.column(
                                "Rating",
                                140,
                                (ApplicationView a) -> Formats.stars(a.ratingAverage(), a.ratingCount())));
        applications.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Bind.error(reasonError, model.errors().of("reason"));
        Bind.error(error, model.errors().form());
        notice.textProperty().bind(model.noticeProperty());
        sessionsEmail.textProperty().bindBidirectional(model.sessionsEmailProperty());
        Bind.error(sessionsEmailError, model.sessionErrors().of("email"));
        Bind.error(sessionsError, model.sessionErrors().form());
        sessionsNotice.textProperty().bind(model.sessionsNoticeProperty());
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void approve() {
        model.decide(applications.getSelectionModel().getSelectedItem(), true);
    }

    @FXML
    private void reject() {
        model.decide(applications.getSelectionModel().getSelectedItem(), false);
    }

    @FXML
    private void endSessions() {
        model.endSessions();
    }
}
