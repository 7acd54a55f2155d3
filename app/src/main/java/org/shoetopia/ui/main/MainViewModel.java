package org.shoetopia.ui.main;

import java.util.List;
import org.shoetopia.api.AccountService;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ShopService;
import org.shoetopia.api.ShopService.StaffInvitationView;
import org.shoetopia.api.UserSession;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.Messages;
import org.shoetopia.ui.Screen;
import org.shoetopia.ui.SessionModel;

/** What the main window does beyond navigating: signing out, and asking about invitations to be a cashier. */
public final class MainViewModel {
    private static final int ACCEPT = 0;
    private static final int DECLINE = 1;

    private final AccountService accounts;
    private final ShopService shops;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;
    private final Messages messages;

    public MainViewModel(
            AccountService accounts,
            ShopService shops,
            BackgroundRunner runner,
            SessionModel session,
            DialogService dialogs,
            Messages messages) {
        this.accounts = accounts;
        this.shops = shops;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Signs out at once on this terminal; the sign-out is recorded in the background. */
    public void signOut() {
        var actor = session.actor();
        runner.run(() -> accounts.logOut(actor)).start();
        session.signOut();
    }

    /**
     * A new account's first step, offered once: open a shop (its dashboard, where a shop is made) or
     * shop as a customer (the catalogue, already open). Closing the offer is the second.
     */
    public void offerFirstStep() {
        UserSession current = session.current();
        if (current == null || current.sellingShopId() != null || current.admin()) {
            return;
        }
        int answer = dialogs.choose(
                        messages.get("main.welcome.title"),
                        messages.get("main.welcome.message", current.name()),
                        List.of(messages.get("main.welcome.openShop"), messages.get("main.welcome.shop")))
                .orElse(1);
        if (answer == 0 && session.current() == current) {
            session.go(Screen.DASHBOARD);
        }
    }

    /**
     * Being a shop's cashier takes the account's consent, so each invitation waiting for it is put to
     * it on signing in: accept, decline, or decide at a later sign-in. An owner or a cashier could not
     * accept one, so is not asked.
     */
    public void askAboutInvitations() {
        UserSession current = session.current();
        if (current == null || current.isShopOwner() || current.staffShopId() != null) {
            return;
        }
        var actor = current.actor();
        runner.call(() -> shops.invitationsToMe(actor))
                .onSuccess(waiting -> {
                    // signed out, or someone else signed in, while they were read: not theirs to answer
                    if (session.current() == current) {
                        ask(actor, waiting);
                    }
                })
                .onFailure(failure -> dialogs.showError(messages.get("main.invitation.unread"), failure.getMessage()))
                .start();
    }

    private void ask(Actor actor, List<StaffInvitationView> waiting) {
        List<String> choices = List.of(
                messages.get("main.invitation.accept"),
                messages.get("main.invitation.decline"),
                messages.get("main.invitation.later"));
        for (StaffInvitationView invitation : waiting) {
            int answer = dialogs.choose(
                            messages.get("main.invitation.title", invitation.storeName()),
                            messages.get("main.invitation.message", invitation.storeName()),
                            choices)
                    .orElse(-1);
            if (answer == ACCEPT) {
                runner.call(() -> {
                            shops.acceptInvitation(actor, invitation.invitationId());
                            return accounts.refresh(actor);
                        })
                        .onSuccess(refreshed -> {
                            dialogs.showInfo(
                                    messages.get("main.invitation.title", invitation.storeName()),
                                    messages.get("main.invitation.accepted", invitation.storeName()));
                            session.signIn(refreshed); // the window rebuilds for a cashier
                        })
                        .onFailure(failure -> dialogs.showError(
                                messages.get("main.invitation.title", invitation.storeName()), failure.getMessage()))
                        .start();
                return; // a cashier of one shop cannot accept another's
            }
            if (answer == DECLINE) {
                runner.run(() -> shops.declineInvitation(actor, invitation.invitationId()))
                        .onFailure(failure -> dialogs.showError(
                                messages.get("main.invitation.title", invitation.storeName()), failure.getMessage()))
                        .start();
            }
        }
    }
}
