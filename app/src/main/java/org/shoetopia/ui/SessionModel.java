package org.shoetopia.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.shoetopia.api.Actor;
import org.shoetopia.api.UserSession;

/** Who is signed in at this terminal; screens and navigation follow it. */
public final class SessionModel {
    private final ObjectProperty<UserSession> current = new SimpleObjectProperty<>(this, "current");

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

    public void signOut() {
        current.set(null);
    }
}
