package org.shoetopia.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.shoetopia.api.ShopService;
import org.shoetopia.api.ShopService.StaffInvitationView;
import org.shoetopia.api.ShopService.StaffMember;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the staff screen. */
public final class StaffController implements ScreenController {
    private final StaffViewModel model;

    @FXML
    private TextField email;

    @FXML
    private Label emailError;

    @FXML
    private Label error;

    @FXML
    private Label notice;

    @FXML
    private TableView<StaffMember> staff;

    @FXML
    private TableView<StaffInvitationView> invitations;

    @FXML
    private TableView<ShopService.AuditEntry> activity;

    public StaffController(UiContext context) {
        this.model = new StaffViewModel(context.services().shops(), context.runner(), context.session());
    }

    @FXML
    private void initialize() {
        Bind.emptyText(staff, "No cashiers yet: invite one by their account's email");
        Bind.emptyText(invitations, "No invitations waiting");
        Bind.emptyText(activity, "Nothing recorded yet");
        email.textProperty().bindBidirectional(model.emailProperty());
        Bind.error(emailError, model.errors().of("email"));
        Bind.error(error, model.errors().form());
        notice.textProperty().bind(model.noticeProperty());
        staff.setItems(model.staff());
        staff.getColumns()
                .setAll(
                        ListingTable.column("Name", 120, StaffMember::name),
                        ListingTable.column(
                                "Role", 70, (StaffMember m) -> m.role().code()),
                        ListingTable.column("Email", 150, StaffMember::email),
                        ListingTable.column("Since", 110, (StaffMember m) -> Formats.dateTime(m.addedAt())));
        staff.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        invitations.setItems(model.invitations());
        invitations
                .getColumns()
                .setAll(
                        ListingTable.column("Name", 130, StaffInvitationView::name),
                        ListingTable.column("Email", 170, StaffInvitationView::email),
                        ListingTable.column(
                                "Invited", 120, (StaffInvitationView i) -> Formats.dateTime(i.invitedAt())));
        invitations.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        activity.setItems(model.activity());
        activity.getColumns()
                .setAll(
                        ListingTable.column("When", 150, (ShopService.AuditEntry e) -> Formats.dateTime(e.at())),
                        ListingTable.column("Who", 160, (ShopService.AuditEntry e) -> e.who() == null ? "" : e.who()),
                        ListingTable.column("What", 160, (ShopService.AuditEntry e) -> AuditWords.what(e.kind())),
                        ListingTable.column("Detail", 260, (ShopService.AuditEntry e) -> AuditWords.detail(e.tag())));
        activity.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    @Override
    public void onShown() {
        model.load();
    }

    @FXML
    private void add() {
        model.add();
    }

    @FXML
    private void withdraw() {
        model.withdraw(invitations.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void toggleManager() {
        model.toggleManager(staff.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void remove() {
        model.remove(staff.getSelectionModel().getSelectedItem());
    }
}
