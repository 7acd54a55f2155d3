package org.shoetopia.ui.shop;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.DialogService.FormField;
import org.shoetopia.ui.Screen;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;
import org.shoetopia.ui.shop.DashboardViewModel.DayBar;
import org.shoetopia.ui.shop.DashboardViewModel.Summary;

/** Binds the shop screen: the create-shop form or the dashboard. */
public final class DashboardController implements ScreenController {
    private final DashboardViewModel model;

    @FXML
    private VBox createPane;

    @FXML
    private VBox dashboardPane;

    @FXML
    private VBox nextSteps;

    @FXML
    private TextField storeName;

    @FXML
    private Label storeNameError;

    @FXML
    private Label error;

    @FXML
    private Label notice;

    @FXML
    private Label shopTitle;

    @FXML
    private Label balance;

    @FXML
    private Label unitsSold;

    @FXML
    private Label rating;

    @FXML
    private Label verification;

    @FXML
    private Label promotion;

    @FXML
    private Label flashSale;

    @FXML
    private Button buyTierButton;

    @FXML
    private Button applyButton;

    @FXML
    private Button createButton;

    @FXML
    private TextField newName;

    @FXML
    private HBox renamePane;

    @FXML
    private BarChart<String, Number> salesChart;

    @FXML
    private HBox backupPane;

    @FXML
    private Label backupStatus;

    @FXML
    private Button backUpButton;

    private final UiContext context;

    public DashboardController(UiContext context) {
        this.context = context;
        var services = context.services();
        this.model = new DashboardViewModel(
                services.shops(),
                services.accounts(),
                services.verification(),
                context.runner(),
                context.session(),
                context.backups());
    }

    @FXML
    private void initialize() {
        createPane.setVisible(!model.hasShop());
        createPane.setManaged(!model.hasShop());
        dashboardPane.setVisible(model.hasShop());
        dashboardPane.setManaged(model.hasShop());
        nextSteps.setVisible(false);
        nextSteps.setManaged(false);
        if (!model.hasShop()) {
            Bind.focusWhenShown(storeName); // the one thing to do here
        }
        buyTierButton.setVisible(model.isOwner());
        applyButton.setVisible(model.isOwner());
        storeName.textProperty().bindBidirectional(model.storeNameProperty());
        newName.textProperty().bindBidirectional(model.newNameProperty());
        renamePane.setVisible(model.isOwner());
        renamePane.setManaged(model.isOwner());
        Bind.error(storeNameError, model.errors().of("storeName"));
        Bind.error(error, model.errors().form());
        notice.textProperty().bind(model.noticeProperty());
        createButton.disableProperty().bind(model.busyProperty());
        backupPane.setVisible(model.showsBackups());
        backupPane.setManaged(model.showsBackups());
        backupStatus.textProperty().bind(model.backupStatusProperty());
        model.backupNeedsAttentionProperty().addListener((o, was, now) -> {
            backupStatus.getStyleClass().removeAll("error-text", "muted");
            backupStatus.getStyleClass().add(now ? "error-text" : "muted");
        });
        backUpButton.disableProperty().bind(model.backingUpProperty());
        model.summaryProperty().addListener((o, was, now) -> show(now));
        model.sales().addListener((ListChangeListener<DayBar>) change -> showSales());
    }

    @Override
    public void onShown() {
        model.load();
    }

    private void show(Summary summary) {
        shopTitle.setText(summary.title());
        balance.setText(summary.balance());
        unitsSold.setText(summary.unitsSold());
        rating.setText(summary.rating());
        verification.setText(summary.verification());
        promotion.setText(summary.promotion());
        buyTierButton.setDisable(summary.topTier());
        applyButton.setDisable(!summary.mayApply());
        flashSale.setText(summary.flashSale());
        // a shop that has not sold yet: what to do before the first sale, one click each
        boolean getReady = model.isOwner() && summary.notSoldYet();
        nextSteps.setVisible(getReady);
        nextSteps.setManaged(getReady);
    }

    /** A next step's button: its user data names the screen it opens. */
    @FXML
    private void goToStep(javafx.event.ActionEvent pressed) {
        model.go(Screen.valueOf((String) ((javafx.scene.Node) pressed.getSource()).getUserData()));
    }

    private void showSales() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Sales ($)");
        for (DayBar bar : model.sales()) {
            series.getData().add(new XYChart.Data<>(bar.day(), bar.dollars()));
        }
        salesChart.getData().setAll(List.of(series));
    }

    @FXML
    private void backUpNow() {
        model.backUpNow();
    }

    @FXML
    private void createShop() {
        model.createShop();
    }

    @FXML
    private void rename() {
        model.rename();
    }

    /** Asks for what the shop's receipts print (address, phone, return policy), starting from what they print now. */
    @FXML
    private void editReceiptDetails() {
        model.withReceiptDetails(now -> context.dialogs()
                .form(
                        "Receipt details",
                        "What this shop's receipts print under its name, and at their foot",
                        List.of(
                                FormField.text("Address", orEmpty(now.address()).replace("\n", ", ")),
                                FormField.text("Phone", orEmpty(now.phone())),
                                FormField.text("Return policy", orEmpty(now.returnPolicy()))))
                .ifPresent(answer -> model.saveReceiptDetails(answer.get(0), answer.get(1), answer.get(2))));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    @FXML
    private void buyNextTier() {
        // Paid from the shop's balance: the owner sees the price and says yes first.
        model.withNextTierOffer(offer -> {
            if (context.dialogs()
                    .confirm(
                            "Buy promotion",
                            "Buy promotion tier " + offer.tier() + " for "
                                    + org.shoetopia.ui.Formats.money(offer.price())
                                    + "? It comes off the shop's balance.")) {
                model.buyTier(offer.tier()); // the tier whose price the owner just saw
            }
        });
    }

    @FXML
    private void applyForVerification() {
        model.applyForVerification();
    }
}
