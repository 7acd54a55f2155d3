package org.shoetopia.ui.ratings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shoetopia.api.RatingService;
import org.shoetopia.api.RatingService.ShopToRate;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.FieldErrors;
import org.shoetopia.ui.SessionModel;

/** A customer rates the shops they bought from, 1 to 5 stars; a new rating replaces the old. */
public final class RatingsViewModel {
    private final RatingService ratings;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final ObservableList<ShopToRate> shops = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors().field("stars");

    public RatingsViewModel(RatingService ratings, BackgroundRunner runner, SessionModel session) {
        this.ratings = ratings;
        this.runner = runner;
        this.session = session;
    }

    public void load() {
        var actor = session.actor();
        runner.call(() -> ratings.shopsToRate(actor))
                .onSuccess(shops::setAll)
                .onFailure(errors::show)
                .start();
    }

    public void rate(ShopToRate shop, int stars) {
        errors.clear();
        if (shop == null) {
            errors.set(FieldErrors.FORM, "Select a shop first");
            return;
        }
        var actor = session.actor();
        runner.call(() -> {
                    ratings.rate(actor, shop.shopId(), stars);
                    return shop;
                })
                .onSuccess(rated -> {
                    notice.set("You gave " + rated.storeName() + " " + stars + " stars");
                    load();
                })
                .onFailure(errors::show)
                .start();
    }

    public ObservableList<ShopToRate> shops() {
        return shops;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public FieldErrors errors() {
        return errors;
    }
}
