package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.Fit.FitForm;
import org.shoetopia.api.Fit.FitView;
import org.shoetopia.api.ListingService.SizeRunForm;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Payment;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.Width;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;

/** A customer's fit: kept on their account, measured at a till, shown there with the sizes taken at that shop only. */
@ParameterizedClass
@EnumSource(Backend.class)
class CustomerFitTest extends ServiceTest {

    CustomerFitTest(Backend backend) {
        super(backend);
    }

    private void sell(Actor seller, Actor customer, long listingId) {
        app.carts().setCustomer(seller, given.emailOf(customer));
        app.carts().add(seller, listingId, 1);
        app.checkout().checkout(seller, Payment.cash(null), null);
    }

    @Test
    void aCustomerKeepsTheirFitAndTheTillShowsItWithTheSizesTakenInThatShop() {
        Actor customer = given.customer();
        assertThat(app.accounts().myFit(customer).isEmpty()).isTrue();
        FitView saved = app.accounts().saveMyFit(customer, new FitForm(" 26,5 cm", "wide", "Nike 10.5 wide"));
        assertThat(saved.footLengthMm()).isEqualTo(265);
        assertThat(saved.width()).isEqualTo(Width.WIDE);
        assertThat(saved.sizesNote()).isEqualTo("Nike 10.5 wide");

        Actor owner = given.owner();
        var run = app.listings()
                .createSizeRun(
                        owner,
                        new SizeRunForm(
                                "Brooks",
                                "blue",
                                "Ghost 16",
                                "new",
                                "men",
                                "139.95",
                                null,
                                "10",
                                "11",
                                true,
                                List.of("medium", "wide"),
                                "2"));
        sell(owner, customer, run.get(1).listingId()); // 10 wide
        sell(owner, customer, run.get(3).listingId()); // 10.5 wide, later: the size they take now
        Actor rival = given.owner();
        sell(
                rival,
                customer,
                app.listings()
                        .create(rival, Fixtures.form("Nike", "black", "Pegasus", "99", 1))
                        .listingId());

        assertThat(app.carts().customerFit(owner))
                .as("the sale is done: no customer named")
                .isEqualTo(FitView.NONE);
        app.carts().setCustomer(owner, given.emailOf(customer));
        FitView atTheTill = app.carts().customerFit(owner);
        assertThat(atTheTill.footLengthMm()).isEqualTo(265);
        assertThat(atTheTill.takenHere())
                .as("the brand's latest size, and only this shop's sales")
                .singleElement()
                .satisfies(size -> {
                    assertThat(size.brand()).isEqualTo("Brooks");
                    assertThat(size.gender()).isEqualTo(Gender.MEN);
                    assertThat(size.size()).hasToString("10.5");
                    assertThat(size.width()).isEqualTo(Width.WIDE);
                });

        FitView measured = app.carts().measureCustomer(owner, new FitForm("27", "medium", null));
        assertThat(measured.footLengthMm()).isEqualTo(270);
        assertThat(measured.width()).isEqualTo(Width.MEDIUM);
        assertThat(app.accounts().myFit(customer).sizesNote())
                .as("staff measure; the customer's own note stays")
                .isEqualTo("Nike 10.5 wide");
        assertThat(app.accounts().myFit(customer).takenHere())
                .as("the account screen names no shop")
                .isEmpty();

        FitView widthOnly = app.carts().measureCustomer(owner, new FitForm("", "wide", null));
        assertThat(widthOnly.footLengthMm())
                .as("what the device did not measure keeps what the account has")
                .isEqualTo(270);
        assertThat(widthOnly.width()).isEqualTo(Width.WIDE);
        assertRejectedWritingNothing(
                ValidationException.class,
                "foot length or the width",
                () -> app.carts().measureCustomer(owner, new FitForm(" ", null, null)));
    }

    @Test
    void aCashierRemovedFromTheStaffNoLongerSeesOrMeasuresTheNamedCustomer() {
        Actor owner = given.owner();
        Actor clerk = given.account("clerk");
        Actor customer = given.customer();
        app.accounts().saveMyFit(customer, new FitForm("26.5", "wide", ""));
        given.hire(owner, clerk);
        app.carts().setCustomer(clerk, given.emailOf(customer));
        assertThat(app.carts().customerFit(clerk).footLengthMm()).isEqualTo(265);

        app.shops().removeStaff(owner, clerk.accountId());

        assertRejectedWritingNothing(
                ForbiddenException.class, "owner or cashiers", () -> app.carts().customerFit(clerk));
        assertRejectedWritingNothing(
                ForbiddenException.class,
                "owner or cashiers",
                () -> app.carts().measureCustomer(clerk, new FitForm("30", "narrow", null)));
        assertThat(app.accounts().myFit(customer).footLengthMm()).isEqualTo(265);
    }

    @Test
    void aFitTypedWrongIsRefusedWritingNothing() {
        Actor customer = given.customer();
        assertRejectedWritingNothing(
                ValidationException.class,
                "centimetres to one decimal",
                () -> app.accounts().saveMyFit(customer, new FitForm("265", "", "")));
        assertRejectedWritingNothing(
                ValidationException.class,
                "from 10 to 40 cm",
                () -> app.accounts().saveMyFit(customer, new FitForm("5", "", "")));
        assertRejectedWritingNothing(
                ValidationException.class,
                "Width must be one of",
                () -> app.accounts().saveMyFit(customer, new FitForm("26", "huge", "")));
        assertRejectedWritingNothing(
                ValidationException.class,
                "too long",
                () -> app.accounts().saveMyFit(customer, new FitForm("26", "", "x".repeat(201))));

        Actor owner = given.owner();
        assertRejectedWritingNothing(
                ValidationException.class,
                "Name the customer first",
                () -> app.carts().measureCustomer(owner, new FitForm("26", "wide", null)));
        assertRejectedWritingNothing(
                ValidationException.class,
                "Only a shop's till",
                () -> app.carts().measureCustomer(customer, new FitForm("26", "wide", null)));
    }
}
