package org.shoetopia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Color;
import org.shoetopia.domain.Ean13;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Width;
import org.shoetopia.service.Services;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;
import org.shoetopia.support.TestDatabases;
import org.shoetopia.support.TestDb;
import org.shoetopia.ui.checkout.PointOfSaleViewModel;
import org.shoetopia.ui.listings.ListingsViewModel;
import org.shoetopia.ui.styles.StylesViewModel;

/** A new shop's first style, without a screen: the size run, its grid, its labels and a scan of one at the till. */
class StylesViewModelTest {
    private final BackgroundRunner runner = new SameThreadRunner();
    private final SessionModel session = new SessionModel();
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

    private StylesViewModel styles(Actor owner) {
        session.signIn(app.accounts().refresh(owner));
        return new StylesViewModel(app.listings(), runner, session, dialogs);
    }

    private StylesViewModel runOfMensSevenToTwelve(Actor owner) {
        StylesViewModel model = styles(owner);
        model.brandProperty().set("Nike");
        model.styleProperty().set("Pegasus 41");
        model.colorProperty().set(Color.BLUE);
        model.genderProperty().set(Gender.MEN);
        model.priceProperty().set("130");
        model.fromSizeProperty().set("7");
        model.toSizeProperty().set("12");
        model.halfSizesProperty().set(false);
        model.widthProperty(Width.WIDE).set(true);
        model.quantityEachProperty().set("3");
        model.createRun();
        return model;
    }

    @Test
    void aSizeRunFillsTheGridAndItsLabelsArePrinted(@TempDir Path folder) throws Exception {
        Actor owner = given.owner();
        StylesViewModel model = runOfMensSevenToTwelve(owner);

        assertThat(model.errors().form().get()).isEmpty();
        assertThat(model.noticeProperty().get()).startsWith("Listed 12 sizes of Nike Pegasus 41, 36 pairs");
        assertThat(model.gridWidths()).containsExactly(Width.MEDIUM, Width.WIDE);
        assertThat(model.grid())
                .extracting(row -> row.size() + " " + row.uk() + " " + row.eu())
                .startsWith("7 6 40")
                .hasSize(6);
        assertThat(model.styles()).singleElement().satisfies(row -> {
            assertThat(row.label()).isEqualTo("Nike Pegasus 41, blue, men's, new");
            assertThat(row.stock()).isEqualTo(36);
        });

        Path file = folder.resolve("labels.pdf");
        dialogs.chosenFiles.add(file);
        model.printStyleLabels();
        try (var pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(pdf.getNumberOfPages()).as("36 labels, 24 a sheet").isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf)).contains("NIKE PEGASUS 41", "men's US 12 2E", "$130.00");
        }
    }

    @Test
    void aCellIsRestockedAndItsBarcodeScansAtTheTill() {
        Actor owner = given.owner();
        StylesViewModel model = runOfMensSevenToTwelve(owner);
        ListingView nineWide = model.grid().get(2).cells().get(Width.WIDE);
        model.selectedCellProperty().set(nineWide);

        model.cellStockProperty().set("+2");
        model.changeCellStock();
        assertThat(model.grid().get(2).cells().get(Width.WIDE).stock()).isEqualTo(5);

        model.cellStockProperty().set("-1");
        model.changeCellStock();
        assertThat(model.errors().of("note").get()).contains("Reason");

        PointOfSaleViewModel till = till();
        till.codeProperty().set(Ean13.inStore(nineWide.listingId()) + "*2");
        till.addCode();
        assertThat(till.errors().of("code").get()).isEmpty();
        assertThat(till.lines()).singleElement().satisfies(line -> {
            assertThat(line.listing().listingId()).isEqualTo(nineWide.listingId());
            assertThat(line.quantity()).isEqualTo(2);
        });
        till.codeProperty().set("4006381333931");
        till.addCode();
        assertThat(till.errors().form().get()).contains("No SKU of this shop has the barcode 4006381333931");
    }

    @Test
    void aStyleTypedAtTheTillOpensItsGridAndTheSizePickedGoesIntoTheCart() {
        Actor owner = given.owner();
        StylesViewModel model = runOfMensSevenToTwelve(owner);
        ListingView sevenMedium = model.grid().get(0).cells().get(Width.MEDIUM);
        app.listings().adjustStock(owner, sevenMedium.listingId(), -3, "damaged");
        PointOfSaleViewModel till = till();

        till.codeProperty().set("PEG");
        assertThat(till.styleMatches())
                .as("suggested while typing, case-blind")
                .singleElement()
                .satisfies(style -> {
                    assertThat(style.name()).isEqualTo("Nike Pegasus 41, blue, men's, new");
                    assertThat(style.skus()).isEqualTo(12);
                    assertThat(style.pairs()).isEqualTo(33);
                });
        dialogs.sizes.add("9 2E");
        till.codeProperty().set("nike pegasus");
        till.addCode();

        assertThat(dialogs.shown)
                .last()
                .asString()
                .startsWith("Nike Pegasus 41, blue, men's, new: [7 D=0, 7 2E=3, 8 D=3")
                .contains("12 2E=3");
        assertThat(till.errors().of("code").get()).isEmpty();
        assertThat(till.lines()).singleElement().satisfies(line -> {
            assertThat(line.listing().size()).hasToString("9");
            assertThat(line.listing().width()).isEqualTo(Width.WIDE);
            assertThat(line.quantity()).isEqualTo(1);
        });
        assertThat(till.codeProperty().get()).isEmpty();

        till.codeProperty().set("air max");
        till.addCode();
        assertThat(till.errors().of("code").get()).isEqualTo("No style on sale here matches \"air max\"");
        assertThat(till.lines()).hasSize(1);
    }

    private PointOfSaleViewModel till() {
        return new PointOfSaleViewModel(
                app.carts(),
                app.checkout(),
                app.returns(),
                app.storedValue(),
                app.flashSales(),
                app.listings(),
                runner,
                session,
                dialogs);
    }

    @Test
    void listingACellTheShopHasOffersToAddTheStockThere() {
        Actor owner = given.owner();
        runOfMensSevenToTwelve(owner);
        ListingsViewModel listings = new ListingsViewModel(app.listings(), runner, session, dialogs);
        listings.brandProperty().set("nike");
        listings.styleProperty().set("pegasus 41");
        listings.colorProperty().set(Color.BLUE);
        listings.genderProperty().set(Gender.MEN);
        listings.sizeProperty().set("9");
        listings.widthProperty().set(Width.WIDE);
        listings.priceProperty().set("99");
        listings.quantityProperty().set("4");

        listings.create();

        assertThat(dialogs.shown)
                .last()
                .asString()
                .contains("is this shoe already", "with 3 in stock", "Its price stays $130.00", "Add 4 to its stock?");
        assertThat(listings.noticeProperty().get()).contains("now 7 in stock");
        assertThat(TableCounts.scalar(TestDatabases.get(TestDb.H2), "select count(*) from listings"))
                .isEqualTo(12);
    }

    @Test
    void aDeliveryIsEnteredFromTheGridReceivedAtOnceAndLabelled(@TempDir Path folder) throws Exception {
        Actor owner = given.owner();
        StylesViewModel model = runOfMensSevenToTwelve(owner);
        model.supplierProperty().set("Nike EU");
        model.referenceProperty().set("DN 88");

        model.postDelivery();
        assertThat(model.errors().of("lines").get()).contains("Add what came");

        model.selectedCellProperty().set(model.grid().get(0).cells().get(Width.MEDIUM));
        model.deliveryQuantityProperty().set("4");
        model.addToDelivery();
        model.selectedCellProperty().set(model.grid().get(5).cells().get(Width.WIDE));
        model.deliveryQuantityProperty().set("x");
        model.addToDelivery();
        assertThat(model.errors().of("lines").get()).contains("how many pairs");
        model.deliveryQuantityProperty().set("2");
        model.addToDelivery();
        model.addToDelivery();
        assertThat(model.delivery())
                .extracting(StylesViewModel.DeliveryRow::label)
                .containsExactly("4 × US 7 D · Nike Pegasus 41", "4 × US 12 2E · Nike Pegasus 41");

        model.postDelivery();

        assertThat(model.errors().form().get()).isEmpty();
        assertThat(model.noticeProperty().get()).startsWith("Received 8 pairs");
        assertThat(model.delivery()).isEmpty();
        assertThat(model.grid().get(0).cells().get(Width.MEDIUM).stock()).isEqualTo(7);
        Path file = folder.resolve("delivery.pdf");
        dialogs.chosenFiles.add(file);
        model.printDeliveryLabels();
        try (var pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.split("NIKE PEGASUS 41", -1)).as("one label a pair").hasSize(9);
        }
    }

    @Test
    void aCountByGridAndByScanningIsReviewedAndPosted() {
        Actor owner = given.owner();
        StylesViewModel model = runOfMensSevenToTwelve(owner);
        ListingView sevenMedium = model.grid().get(0).cells().get(Width.MEDIUM);
        ListingView eightWide = model.grid().get(1).cells().get(Width.WIDE);

        model.startStocktake();
        assertThat(model.stocktakeProperty().get()).isNotNull();
        model.selectedCellProperty().set(sevenMedium);
        model.countedProperty().set("one");
        model.countChosen();
        assertThat(model.errors().of("counted").get()).contains("on the shelf");
        model.countedProperty().set("1");
        model.countChosen();
        for (int pair = 0; pair < 4; pair++) { // a fourth pair the books did not know of
            model.countScanProperty().set(Ean13.inStore(eightWide.listingId()));
            model.countScanned();
        }
        assertThat(model.counts())
                .extracting(StylesViewModel::countLabel)
                .containsExactly(
                        "US 7 D: counted 1, books 3 (−2) · Nike Pegasus 41",
                        "US 8 2E: counted 4, books 3 (+1) · Nike Pegasus 41");

        model.postStocktake();

        assertThat(dialogs.shown).last().asString().contains("2 sizes counted; 2 differ from the books (−1 pair)");
        assertThat(model.noticeProperty().get()).contains("posted: 2 sizes adjusted");
        assertThat(model.stocktakeProperty().get()).isNull();
        assertThat(model.grid().get(0).cells().get(Width.MEDIUM).stock()).isEqualTo(1);
        assertThat(model.grid().get(1).cells().get(Width.WIDE).stock()).isEqualTo(4);
    }
}
