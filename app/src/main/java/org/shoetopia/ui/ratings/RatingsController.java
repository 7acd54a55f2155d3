package org.shoetopia.ui.ratings;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import org.shoetopia.api.RatingService.ShopToRate;
import org.shoetopia.ui.Bind;
import org.shoetopia.ui.ListingTable;
import org.shoetopia.ui.ScreenController;
import org.shoetopia.ui.UiContext;

/** Binds the ratings screen: one button per star count. */
public final class RatingsController implements ScreenController {
    private final RatingsViewModel model;

    @FXML
    private TableView<ShopToRate> shops;

    @FXML
    private HBox starButtons;

    @FXML
    private Label notice;

    @FXML
    private Label error;

    public RatingsController(UiContext context) {
        this.model = new RatingsViewModel(context.services().ratings(), context.runner(), context.session());
    }

    @FXML
    private void initialize() {
        Bind.emptyText(shops, "No shops to rate yet: the shops you buy from appear here");
        shops.setItems(model.shops());
        shops.getColumns()
                .setAll(
                        ListingTable.column("Shop", 260, ShopToRate::storeName),
                        ListingTable.column(
                                "Your rating",
                                140,
                                (ShopToRate s) -> s.myStars() == null ? "not rated" : "★".repeat(s.myStars())));
        shops.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (int stars = 1; stars <= 5; stars++) {
            int given = stars;
            Button button = new Button("★".repeat(stars));
            button.setId("rate" + stars);
            button.setOnAction(event -> model.rate(shops.getSelectionModel().getSelectedItem(), given));
            starButtons.getChildren().add(button);
        }
        notice.textProperty().bind(model.noticeProperty());
        Bind.error(error, model.errors().form());
    }

    @Override
    public void onShown() {
        model.load();
    }
}
