package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shoetopia.api.Actor;
import org.shoetopia.domain.Width;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.ui.DialogService.FormField;
import org.shoetopia.ui.account.AccountViewModel;
import org.shoetopia.ui.checkout.PointOfSaleViewModel;

/** A customer saves their fit on the account screen; the till shows it when they are named, and measures them. */
class FitViewModelTest {
    private final BackgroundRunner runner = new SameThreadRunner();
    private final UiTest.RecordingDialogs dialogs = new UiTest.RecordingDialogs();
    private Services app;
    private Fixtures given;

    @BeforeEach
    void emptyDatabase() {
        var database = TestDatabases.get(TestDb.H2);
        TestDatabases.clean(database);
        app = Services.over(database, ServiceTest.TEST_HASHER, Clock.systemUTC());
        given = new Fixtures(app);
    }

    @Test
    void theFitSavedOnTheAccountShowsAtTheTillAndTheCashierMeasuresAgain() {
        Actor customer = given.customer();
        SessionModel customerSession = new SessionModel();
        customerSession.signIn(app.accounts().refresh(customer));
        AccountViewModel account = new AccountViewModel(app.accounts(), runner, customerSession);
        account.load();
        account.footLengthProperty().set("26.5");
        account.widthProperty().set(Width.WIDE);
        account.sizesNoteProperty().set("Nike 10.5 wide");
        account.saveFit();
        assertThat(account.fitSummaryProperty().get())
                .isEqualTo("Foot 26.5 cm (men's US 9.5, women's US 11) · wide · takes Nike 10.5 wide");

        account.footLengthProperty().set("265");
        account.saveFit();
        assertThat(account.fitErrors().of("footLength").get()).contains("centimetres to one decimal");

        Actor owner = given.owner();
        SessionModel till = new SessionModel();
        till.signIn(app.accounts().refresh(owner));
        PointOfSaleViewModel model = new PointOfSaleViewModel(
                app.carts(),
                app.checkout(),
                app.returns(),
                app.storedValue(),
                app.flashSales(),
                app.listings(),
                runner,
                till,
                dialogs);
        model.measureCustomer();
        assertThat(model.errors().form().get()).isEqualTo("Name the customer first: the fit goes on their account");

        model.customerLookupProperty().set(given.emailOf(customer));
        model.nameCustomer();
        assertThat(model.customerFitProperty().get())
                .startsWith("Fit: Foot 26.5 cm")
                .endsWith("takes Nike 10.5 wide");

        dialogs.forms.add(List.of("27", "medium"));
        model.measureCustomer();
        assertThat(model.customerFitProperty().get())
                .startsWith("Fit: Foot 27.0 cm")
                .contains("· medium ·");
        account.load();
        assertThat(account.footLengthProperty().get()).isEqualTo("27.0");

        dialogs.forms.add(List.of("", "not measured"));
        model.measureCustomer();
        assertThat(dialogs.lastFormFields)
                .as("the form starts from the fit on the till")
                .extracting(FormField::initial)
                .containsExactly("27.0", "medium");
        assertThat(model.errors().form().get()).contains("foot length or the width");
        assertThat(model.customerFitProperty().get()).startsWith("Fit: Foot 27.0 cm");
    }
}
