package org.shoetopia.ui.staff;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.ShopService;
import org.shoetopia.api.ShopService.StaffInvitationView;
import org.shoetopia.api.ShopService.StaffMember;
import org.shoetopia.domain.StaffRole;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/** The owner invites cashiers by the email of their account, withdraws invitations and removes cashiers. */
public final class StaffViewModel {
    private final ShopService shops;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObservableList<StaffInvitationView> invitations = FXCollections.observableArrayList();
    private final ObservableList<ShopService.AuditEntry> activity = FXCollections.observableArrayList();
    private final FieldErrors errors = new FieldErrors().field("email");

    public StaffViewModel(ShopService shops, BackgroundRunner runner, SessionModel session) {
        this.shops = shops;
        this.runner = runner;
        this.session = session;
    }

    public void load() {
        var actor = session.actor();
        runner.call(() -> shops.staff(actor))
                .onSuccess(staff::setAll)
                .onFailure(errors::show)
                .start();
        runner.call(() -> shops.openInvitations(actor))
                .onSuccess(invitations::setAll)
                .onFailure(errors::show)
                .start();
        runner.call(() -> shops.auditTrail(actor, 200))
                .onSuccess(activity::setAll)
                .onFailure(errors::show)
                .start();
    }

    /** The shop's audit trail: who changed money, stock, sales or staff, and when. */
    public ObservableList<ShopService.AuditEntry> activity() {
        return activity;
    }

    public void add() {
        errors.clear();
        notice.set("");
        var actor = session.actor();
        String address = email.get();
        runner.call(() -> shops.inviteStaff(actor, address))
                .onSuccess(invitation -> {
                    notice.set(invitation.name() + " is invited; they become a cashier when they accept");
                    email.set("");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public void withdraw(StaffInvitationView invitation) {
        errors.clear();
        notice.set("");
        if (invitation == null) {
            errors.set(FieldErrors.FORM, "Select an invitation first");
            return;
        }
        var actor = session.actor();
        runner.call(() -> {
                    shops.withdrawInvitation(actor, invitation.invitationId());
                    return invitation;
                })
                .onSuccess(withdrawn -> {
                    notice.set("The invitation to " + withdrawn.name() + " is withdrawn");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    /** Appoints the selected cashier manager, or makes the selected manager a cashier again. */
    public void toggleManager(StaffMember member) {
        errors.clear();
        notice.set("");
        if (member == null) {
            errors.set(FieldErrors.FORM, "Select a member of staff first");
            return;
        }
        var actor = session.actor();
        StaffRole role = member.role() == StaffRole.MANAGER ? StaffRole.CASHIER : StaffRole.MANAGER;
        runner.call(() -> shops.setStaffRole(actor, member.accountId(), role))
                .onSuccess(changed -> {
                    notice.set(changed.name() + " is now a " + changed.role().code());
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public ObservableList<StaffInvitationView> invitations() {
        return invitations;
    }

    public void remove(StaffMember member) {
        errors.clear();
        notice.set("");
        if (member == null) {
            errors.set(FieldErrors.FORM, "Select a cashier first");
            return;
        }
        var actor = session.actor();
        runner.call(() -> {
                    shops.removeStaff(actor, member.accountId());
                    return member;
                })
                .onSuccess(removed -> {
                    notice.set(removed.name() + " is no longer a cashier");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    public FieldErrors errors() {
        return errors;
    }
}
