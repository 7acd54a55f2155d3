package org.shoetopia.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.shoetopia.api.Actor;
import org.shoetopia.api.UserSession;

/** Who is signed in at this terminal; screens and navigation follow it. */
public final class SessionModel {
    private final ObjectProperty<UserSession> current = new SimpleObjectProperty<>(this, "current");
    private Screen landing;
    private boolean newAccount;
    private Consumer<Screen> navigator;

    public ObjectProperty<UserSession> currentProperty() {
        return current;
    }

    public UserSession current() {
        return current.get();
    }

    public Actor actor() {
        UserSession session = current.get();
        if (session == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return session.actor();
    }

    public void signIn(UserSession session) {
        current.set(session);
    }

    /** Signs in and opens {@code first} instead of the role's usual screen (a new shop's dashboard). */
    public void signIn(UserSession session, Screen first) {
        landing = first;
        current.set(session);
    }

    /** Signs in an account made a moment ago: the main window offers its first step. */
    public void signUp(UserSession session) {
        newAccount = true;
        current.set(session);
    }

    /** The screen to open first, once: the one asked for at sign-in, else {@code usual}. */
    public Screen takeLanding(Screen usual) {
        Screen first = landing == null ? usual : landing;
        landing = null;
        return first;
    }

    /** Whether this sign-in is the account's first, once. */
    public boolean takeNewAccount() {
        boolean first = newAccount;
        newAccount = false;
        return first;
    }

    /** The main window's way to open a screen; replaced by each main window, so none outlives its own. */
    public void navigateWith(Consumer<Screen> navigator) {
        this.navigator = navigator;
    }

    /** Opens {@code screen} in the main window (a next step's button on another screen). */
    public void go(Screen screen) {
        if (navigator != null) {
            navigator.accept(screen);
        }
    }

    public void signOut() {
        navigator = null;
        current.set(null);
    }
}
