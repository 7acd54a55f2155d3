package org.shoetopia.ui;

/** Every alert and confirmation goes through here, so view models are tested with a fake. */
public interface DialogService {
    void showInfo(String title, String message);

    void showError(String title, String message);

    boolean confirm(String title, String message);
}
