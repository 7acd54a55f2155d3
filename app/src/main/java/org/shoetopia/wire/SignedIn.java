package org.shoetopia.wire;

import org.shoetopia.api.UserSession;

/** The answer to a sign-in or sign-up: the session's token (shown once) and who signed in. */
public record SignedIn(String token, UserSession session) {}
