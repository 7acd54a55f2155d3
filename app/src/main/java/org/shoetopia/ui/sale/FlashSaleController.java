package org.shoetopia.ui.sale;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.shoetopia.api.FlashSaleService.SaleView;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.LiveFeeds;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the flash-sale screen; follows the live feed while shown to watch the sale sell. */
public final class FlashSaleController implements ScreenController {
    private final FlashSaleViewModel model;
    private AutoCloseable saleChanges;

    @FXML
    private TextField units;

    @FXML
    private TextField percentOff;

    @FXML
    private Label unitsError;

    @FXML
    private Label percentOffError;

    @FXML
    private Label error;

    @FXML
    private Label status;

    @FXML
    private ProgressBar sold;

    @FXML
    private Button startButton;

    @FXML
    private Button endButton;

    @FXML
    private TableView<SaleView> history;

    private final UiContext context;

    public FlashSaleController(UiContext context) {
        this.context = context;
        this.model = new FlashSaleViewModel(context.services().flashSales(), context.runner(), context.session());
    }

    @FXML
    private void initialize() {
        Bind.emptyText(history, "No flash sales yet");
        units.textProperty().bindBidirectional(model.unitsProperty());
        percentOff.textProperty().bindBidirectional(model.percentOffProperty());
        Bind.error(unitsError, model.errors().of("units"));
        Bind.error(percentOffError, model.errors().of("percentOff"));
        Bind.error(error, model.errors().form());
        model.activeProperty().addListener((o, was, now) -> {
            status.setText(now.map(sale -> sale.percentOff() + "% off: " + sale.unitsSold() + " of " + sale.unitsTotal()
                            + " units sold, " + sale.unitsLeft() + " left")
                    .orElse("No flash sale is running"));
            sold.setProgress(now.map(sale -> sale.unitsSold() / (double) sale.unitsTotal())
                    .orElse(0.0));
            startButton.setDisable(now.isPresent());
            endButton.setDisable(now.isEmpty());
        });
        history.setItems(model.history());
        history.getColumns()
                .setAll(
                        ListingTable.column("Started", 150, (SaleView sale) -> Formats.dateTime(sale.startedAt())),
                        ListingTable.column("Discount", 95, (SaleView sale) -> sale.percentOff() + "%"),
                        ListingTable.column("Units", 70, SaleView::unitsTotal),
                        ListingTable.column("Sold", 70, SaleView::unitsSold),
                        ListingTable.column("Withdrawn", 110, SaleView::unitsWithdrawn),
                        ListingTable.column(
                                "Ended",
                                150,
                                (SaleView sale) -> sale.endedAt() != null
                                        ? Formats.dateTime(sale.endedAt())
                                        : sale.unitsLeft() == 0 ? "sold out" : "running"));
    }

    @Override
    public void onShown() {
        model.refresh();
        saleChanges = model.followSaleChanges();
    }

    @Override
    public void onHidden() {
        LiveFeeds.close(saleChanges);
        saleChanges = null;
    }

    @FXML
    private void start() {
        model.start();
    }

    @FXML
    private void end() {
        if (context.dialogs()
                .confirm("End the flash sale", "End the running sale now? Its units left sell at full price again.")) {
            model.end();
        }
    }
}
