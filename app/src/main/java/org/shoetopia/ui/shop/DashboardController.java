package org.shoetopia.ui.shop;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.shoetopia.service.ShopService.DaySales;
import org.shoetopia.service.ShopService.ShopDashboard;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the shop screen: the create-shop form or the dashboard. */
public final class DashboardController implements ScreenController {
    private final DashboardViewModel model;

    @FXML
    private VBox createPane;

    @FXML
    private VBox dashboardPane;

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
    private javafx.scene.layout.HBox renamePane;

    @FXML
    private BarChart<String, Number> salesChart;

    public DashboardController(UiContext context) {
        var services = context.services();
        this.model = new DashboardViewModel(
                services.shops(), services.accounts(), services.verification(), context.runner(), context.session());
    }

    @FXML
    private void initialize() {
        createPane.setVisible(!model.hasShop());
        createPane.setManaged(!model.hasShop());
        dashboardPane.setVisible(model.hasShop());
        dashboardPane.setManaged(model.hasShop());
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
        model.dashboardProperty().addListener((o, was, now) -> show(now));
        model.sales().addListener((ListChangeListener<DaySales>) change -> showSales());
    }

    @Override
    public void onShown() {
        model.load();
    }

    private void show(ShopDashboard dashboard) {
        shopTitle.setText(dashboard.storeName() + "  ·  shop #" + dashboard.shopId());
        balance.setText(Formats.money(dashboard.balance()));
        unitsSold.setText(Long.toString(dashboard.unitsSold()));
        rating.setText(Formats.stars(dashboard.ratingAverage(), dashboard.ratingCount()));
        verification.setText(dashboard.verification().code()
                + (dashboard.verificationReason() == null ? "" : ": " + dashboard.verificationReason()));
        promotion.setText(dashboard.promotionTier() == 0 ? "none" : "tier " + dashboard.promotionTier());
        buyTierButton.setDisable(dashboard.promotionTier() >= 3);
        flashSale.setText(dashboard
                .activeSale()
                .map(sale ->
                        sale.percentOff() + "% off, " + sale.unitsLeft() + " of " + sale.unitsTotal() + " units left")
                .orElse("none running"));
    }

    private void showSales() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Sales ($)");
        for (DaySales day : model.sales()) {
            series.getData()
                    .add(new XYChart.Data<>(
                            day.day().getMonthValue() + "/" + day.day().getDayOfMonth(),
                            day.total().cents() / 100.0));
        }
        salesChart.getData().setAll(java.util.List.of(series));
    }

    @FXML
    private void createShop() {
        model.createShop();
    }

    @FXML
    private void rename() {
        model.rename();
    }

    @FXML
    private void buyNextTier() {
        model.buyNextTier();
    }

    @FXML
    private void applyForVerification() {
        model.applyForVerification();
    }
}
