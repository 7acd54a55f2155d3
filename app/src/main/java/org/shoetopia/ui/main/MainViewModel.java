package org.shoetopia.ui.main;

import org.shoetopia.api.AccountService;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.SessionModel;

/** What the main window does beyond navigating: signing out. */
public final class MainViewModel {
    private final AccountService accounts;
    private final BackgroundRunner runner;
    private final SessionModel session;

    public MainViewModel(AccountService accounts, BackgroundRunner runner, SessionModel session) {
        this.accounts = accounts;
        this.runner = runner;
        this.session = session;
    }

    /** Signs out at once on this terminal; the sign-out is recorded in the background. */
    public void signOut() {
        var actor = session.actor();
        runner.run(() -> accounts.logOut(actor)).start();
        session.signOut();
    }
}
