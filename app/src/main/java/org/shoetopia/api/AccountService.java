package org.shoetopia.api;

import java.time.Instant;
import org.shoetopia.domain.Account;

/** Sign-up, sign-in and the account's own settings. Password hashing always runs outside transactions. */
public interface AccountService {
    int MAX_NAME = 100;

    /** Account details shown on the account screen. */
    public record AccountView(long id, String name, String email, boolean admin, Instant createdAt) {}

    /** One statement decides a race on the email: exactly one of two simultaneous sign-ups wins. */
    UserSession signUp(String name, String email, String password);

    /**
     * Signs in. A wrong email, a wrong password and a locked account give the same message; after
     * {@value Account#FREE_LOGIN_FAILURES} failures the account locks for a growing time, at most a
     * quarter of an hour, and failures half an hour apart are forgotten.
     */
    UserSession logIn(String email, String password);

    void logOut(Actor actor);

    /** The session of an account, with its roles as they are now. */
    UserSession refresh(Actor actor);

    AccountView view(Actor actor);

    /** The fit the actor keeps on their account (optional); shown at a shop's till when they are named. */
    Fit.FitView myFit(Actor actor);

    /** Saves the actor's own fit: foot length, width, sizes taken in brands elsewhere. */
    Fit.FitView saveMyFit(Actor actor, Fit.FitForm form);

    void changePassword(Actor actor, String currentPassword, String newPassword);

    /** Race-safe like sign-up: the unique index decides between two accounts taking one email. */
    void changeEmail(Actor actor, String password, String newEmail);

    /**
     * An admin's revocation: every live server session of the account with {@code email} ends at
     * once (a lost till, a stolen token); returns how many. The account itself is untouched.
     */
    int endSessions(Actor admin, String email);
}
