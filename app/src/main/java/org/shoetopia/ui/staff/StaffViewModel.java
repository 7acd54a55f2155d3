package org.shoetopia.ui.staff;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.ShopService;
import org.shoetopia.api.ShopService.StaffMember;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/** The owner adds cashiers by the email of their account and removes them. */
public final class StaffViewModel {
    private final ShopService shops;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
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
        var actor = session.actor();
        String address = email.get();
        runner.call(() -> shops.addStaff(actor, address))
                .onSuccess(member -> {
                    notice.set(member.name() + " is now a cashier");
                    email.set("");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public void remove(StaffMember member) {
        errors.clear();
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
