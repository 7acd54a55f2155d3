package org.shoetopia.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI's strings, from {@code messages.properties}; FXML uses the same bundle as {@code %key}. */
public final class Messages {
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle("messages", locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(arguments);
    }
}
