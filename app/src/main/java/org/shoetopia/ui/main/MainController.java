package org.shoetopia.ui.main;

import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.shoetopia.api.UserSession;
import org.shoetopia.ui.Screen;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.ScreenLoader;
import org.shoetopia.ui.Styles;
import org.shoetopia.ui.UiContext;

/** The main window: navigation for the signed-in role, and the current screen. */
public final class MainController {
    private final UiContext context;
    private final ScreenLoader loader;
    private final MainViewModel model;
    private final Map<Screen, ToggleButton> buttons = new EnumMap<>(Screen.class);
    private Object currentController;

    @FXML
    private VBox navigation;

    @FXML
    private StackPane content;

    @FXML
    private Label who;

    @FXML
    private javafx.scene.control.Button logOutButton;

    public MainController(UiContext context, ScreenLoader loader) {
        this.context = context;
        this.loader = loader;
        this.model = new MainViewModel(
                context.services().accounts(),
                context.services().shops(),
                context.runner(),
                context.session(),
                context.dialogs(),
                context.messages());
    }

    @FXML
    private void initialize() {
        UserSession session = context.session().current();
        who.setText(context.messages().get("main.signedInAs", session.name()));
        ToggleGroup group = new ToggleGroup();
        for (Screen screen : Screen.values()) {
            if (screen.isVisibleTo(session)) {
                ToggleButton button = new ToggleButton(context.messages().get(screen.titleKey()));
                button.setId("nav-" + screen.fxml());
                button.getStyleClass().add(Styles.NAV_BUTTON);
                button.setToggleGroup(group);
                button.setOnAction(event -> show(screen));
                buttons.put(screen, button);
                navigation.getChildren().add(button);
            }
        }
        context.session().navigateWith(this::show);
        show(context.session().takeLanding(session.sellingShopId() != null ? Screen.POINT_OF_SALE : Screen.SEARCH));
        if (context.session().takeNewAccount()) {
            // after the window shows: the next step of a new account, its own shop or shopping
            javafx.application.Platform.runLater(model::offerFirstStep);
        } else {
            model.askAboutInvitations();
        }
    }

    /** Shows a screen, loading it afresh so it reads the current state. */
    public void show(Screen screen) {
        if (currentController instanceof ScreenController shown) {
            shown.onHidden();
        }
        ScreenLoader.Loaded<Object> loaded = loader.load(screen.fxml());
        content.getChildren().setAll(loaded.root());
        currentController = loaded.controller();
        ToggleButton button = buttons.get(screen);
        if (button != null) {
            button.setSelected(true);
        }
        if (currentController instanceof ScreenController shown) {
            shown.onShown();
        }
        // A screen that asks for no focus of its own leaves it on its navigation button, never on
        // Sign out, where an Enter or a space would end the session.
        if (button != null) {
            javafx.application.Platform.runLater(() -> {
                javafx.scene.Scene scene = button.getScene();
                if (scene != null && (scene.getFocusOwner() == null || scene.getFocusOwner() == logOutButton)) {
                    button.requestFocus();
                }
            });
        }
    }

    public void hideCurrent() {
        if (currentController instanceof ScreenController shown) {
            shown.onHidden();
        }
    }

    @FXML
    private void logOut() {
        hideCurrent();
        model.signOut();
    }
}
