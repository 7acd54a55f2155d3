package org.shoetopia.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.shoetopia.api.Actor;
import org.shoetopia.api.ListingService.DeliveryForm;
import org.shoetopia.api.ListingService.DeliveryItem;
import org.shoetopia.api.ListingService.ListingForm;
import org.shoetopia.api.ListingService.SizeRunForm;
import org.shoetopia.api.ListingService.StyleView;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.ConflictException;
import org.shoetopia.domain.Ean13;
import org.shoetopia.domain.ForbiddenException;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.NotFoundException;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.domain.Width;
import org.shoetopia.support.Backend;
import org.shoetopia.support.Fixtures;
import org.shoetopia.support.ServiceTest;
import org.shoetopia.support.TableCounts;

/** A style's grid: size runs in one step, one SKU a cell, barcodes, and the style's price and delisting. */
@ParameterizedClass
@EnumSource(Backend.class)
class StyleGridTest extends ServiceTest {

    StyleGridTest(Backend backend) {
        super(backend);
    }

    private static SizeRunForm run(String from, String to, boolean halves, List<String> widths, String each) {
        return new SizeRunForm(
                "New Balance", "grey", "990v6", "new", "men", "199.99", null, from, to, halves, widths, each);
    }

    private static ListingForm cell(String size, String width) {
        return new ListingForm("New Balance", "grey", "990v6", size, "new", "men", "199.99", "1", null, width);
    }

    @Test
    void theTillFindsTheShopsStylesOnSaleByWhatIsTyped() {
        Actor owner = given.owner();
        Actor rival = given.owner();
        app.listings().createSizeRun(owner, run("7", "9", false, List.of("medium"), "2"));
        app.listings().createSizeRun(rival, run("7", "9", false, List.of("medium"), "5"));
        ListingView women = app.listings()
                .create(owner, new ListingForm("New Balance", "grey", "990v6", "8", "new", "women", "189.99", "4"));
        ListingView gone = app.listings().create(owner, Fixtures.form("Asics", "red", "Gel 100%", "90.00", 1));
        app.listings().delist(owner, gone.listingId());

        List<StyleView> found = app.listings().findStyles(owner, "  NEW balance 990 ");

        assertThat(found)
                .as("only this shop's; the women's style is a style of its own")
                .extracting(StyleView::name, StyleView::skus, StyleView::pairs)
                .containsExactly(
                        tuple("New Balance 990v6, grey, men's, new", 3, 6),
                        tuple("New Balance 990v6, grey, women's, new", 1, 4));
        assertThat(found.get(1).anyListingId()).isEqualTo(women.listingId());
        assertThat(found.get(0).lowestPrice()).isEqualTo(Money.ofCents(19_999));
        assertThat(app.listings().findStyles(owner, "990v6 men"))
                .as("brand then style, in that order")
                .isEmpty();
        assertThat(app.listings().findStyles(owner, "gel 100%"))
                .as("a delisted style is not on sale")
                .isEmpty();
        assertThat(app.listings().findStyles(owner, "%"))
                .as("% is a letter typed, not a wildcard")
                .isEmpty();
        assertThat(app.listings().findStyles(owner, " ")).isEmpty();
        assertThatThrownBy(() -> app.listings().findStyles(owner, "x".repeat(200)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("longer than any brand and style");
        assertThatThrownBy(() -> app.listings().findStyles(given.customer(), "new"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aSizeRunListsEveryCellWithItsStockInOneStep() {
        Actor owner = given.owner();

        List<ListingView> made =
                app.listings().createSizeRun(owner, run("7", "12", false, List.of("medium", "2E"), "3"));

        assertThat(made).hasSize(12);
        assertThat(made)
                .extracting(v -> v.size().toString() + " " + v.width().letter(v.gender()))
                .containsExactly(
                        "7 D", "7 2E", "8 D", "8 2E", "9 D", "9 2E", "10 D", "10 2E", "11 D", "11 2E", "12 D", "12 2E");
        assertThat(made).allSatisfy(v -> {
            assertThat(v.stock()).isEqualTo(3);
            assertThat(v.price()).isEqualTo(Money.ofCents(19_999));
            assertThat(v.barcode()).isEqualTo(Ean13.inStore(v.listingId()));
        });
        assertThat(TableCounts.scalar(database, "select sum(delta) from inventory_ledger where reason = 'listed'"))
                .isEqualTo(36);
        assertThat(app.listings().styleGrid(owner, made.get(5).listingId()))
                .extracting(ListingView::listingId)
                .containsExactlyElementsOf(
                        made.stream().map(ListingView::listingId).toList());
        assertThat(made.get(4).description()).isEqualTo("New Balance 990v6, grey, men's US 9 D · UK 8 · EU 42.5, new");
    }

    @Test
    void aBadRunIsExplainedAndWritesNothing() {
        Actor owner = given.owner();
        record Case(SizeRunForm form, String message) {}
        for (Case c : List.of(
                new Case(run("12", "7", false, List.of("medium"), "1"), "no smaller than it starts"),
                new Case(run("7", "12", false, List.of(), "1"), "at least one width"),
                new Case(run("7", "12", false, List.of("skinny"), "1"), "width must be one of"),
                new Case(run("7", "x", false, List.of("medium"), "1"), "whole or half US size"),
                new Case(run("7", "12", false, List.of("medium"), "0"), "quantity must be a whole number"),
                new Case(
                        run("0.5", "30", true, List.of("narrow", "medium", "wide", "extra wide"), "1"),
                        "at most 200 SKUs"))) {
            assertRejectedWritingNothing(
                    ValidationException.class, c.message(), () -> app.listings().createSizeRun(owner, c.form()));
        }
    }

    @Test
    void listingACellAgainIsRefusedAndFindSkuNamesIt() {
        Actor owner = given.owner();
        var made = app.listings().createSizeRun(owner, run("9", "10", true, List.of("medium"), "2"));
        ListingView nineAndAHalf = made.get(1);

        assertThat(app.listings().findSku(owner, cell("9.5", null))).contains(nineAndAHalf);
        assertThat(app.listings().findSku(owner, cell("9.5", "wide"))).isEmpty();
        assertRejectedWritingNothing(
                ConflictException.class,
                "listing " + nineAndAHalf.listingId() + " is this shoe in men's us 9.5 d",
                () -> app.listings().create(owner, cell("9.5", "D")));
        assertRejectedWritingNothing(
                ConflictException.class,
                "listed already: men's us 10 d",
                () -> app.listings().createSizeRun(owner, run("10", "11", true, List.of("medium"), "1")));

        var wide = app.listings().create(owner, cell("9.5", "wide"));
        assertThat(wide.width()).isEqualTo(Width.WIDE);

        // delisted, the cell is still its SKU: listed again, with its barcode and price as they were
        app.listings().delist(owner, nineAndAHalf.listingId());
        assertRejectedWritingNothing(
                ConflictException.class,
                "delisted: list it again",
                () -> app.listings().create(owner, cell("9.5", "")));
        var back = app.listings().relist(owner, nineAndAHalf.listingId(), 4);
        assertThat(back.active()).isTrue();
        assertThat(back.stock()).isEqualTo(6);
        assertRejectedWritingNothing(
                ConflictException.class, "on sale already", () -> app.listings().relist(owner, back.listingId(), 1));
    }

    @Test
    void aScanFindsTheSkuByItsInStoreCodeOrTheManufacturers() {
        Actor owner = given.owner();
        var made = app.listings().createSizeRun(owner, run("8", "9", false, List.of("medium"), "1"));
        ListingView eight = made.get(0);

        assertThat(app.listings().scan(owner, Ean13.inStore(eight.listingId())).listingId())
                .isEqualTo(eight.listingId());
        var coded = app.listings().setManufacturerCode(owner, eight.listingId(), "0 36000 29145 2");
        assertThat(coded.barcode()).as("a UPC-A kept as its EAN-13").isEqualTo("0036000291452");
        assertThat(app.listings().scan(owner, "036000291452").listingId()).isEqualTo(eight.listingId());
        assertThat(app.listings().scan(owner, "0036000291452").listingId())
                .as("as a scanner set to EAN-13 sends it")
                .isEqualTo(eight.listingId());
        assertThat(app.listings().scan(owner, Ean13.inStore(eight.listingId())).listingId())
                .as("its own label still scans")
                .isEqualTo(eight.listingId());

        assertRejectedWritingNothing(
                ValidationException.class,
                "carries 0036000291452 already",
                () -> app.listings().setManufacturerCode(owner, made.get(1).listingId(), "036000291452"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "does not check",
                () -> app.listings().setManufacturerCode(owner, made.get(1).listingId(), "036000291453"));
        assertRejectedWritingNothing(
                ValidationException.class,
                "8, 12 or 13 digits",
                () -> app.listings().setManufacturerCode(owner, made.get(1).listingId(), "12345"));

        // another shop's SKU is not this shop's, whatever its code says
        Actor rival = given.owner();
        var theirs = given.listing(rival, "50.00", 1);
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no sku of this shop",
                () -> app.listings().scan(owner, Ean13.inStore(theirs.listingId())));
        assertRejectedWritingNothing(
                NotFoundException.class,
                "no sku of this shop",
                () -> app.listings().scan(rival, "036000291452"));
        String label = Ean13.inStore(eight.listingId());
        String misread = label.substring(0, 12) + (char) ('0' + (label.charAt(12) - '0' + 1) % 10);
        assertRejectedWritingNothing(
                ValidationException.class,
                "did not read right",
                () -> app.listings().scan(owner, misread));
        assertThat(app.listings()
                        .setManufacturerCode(owner, eight.listingId(), " ")
                        .barcode())
                .isEqualTo(Ean13.inStore(eight.listingId()));
    }

    @Test
    void theStylesPriceIsTheManagersAndDelistingTakesEveryCell() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        var made = app.listings().createSizeRun(owner, run("8", "10", false, List.of("medium", "wide"), "1"));
        app.listings().delist(owner, made.get(0).listingId());

        assertRejectedWritingNothing(
                ForbiddenException.class,
                "only the shop's owner or a manager",
                () -> app.listings().changeStylePrice(cashier, made.get(2).listingId(), "150.00"));
        var repriced = app.listings().changeStylePrice(owner, made.get(2).listingId(), "150.00");
        assertThat(repriced).hasSize(6);
        assertThat(repriced.subList(1, 6)).allSatisfy(v -> assertThat(v.price()).isEqualTo(Money.ofCents(15_000)));
        assertThat(repriced.get(0).price())
                .as("a delisted cell keeps its price")
                .isEqualTo(Money.ofCents(19_999));

        app.listings().delistStyle(cashier, made.get(3).listingId());
        assertThat(app.listings().styleGrid(owner, made.get(3).listingId())).noneMatch(ListingView::active);
        assertRejectedWritingNothing(
                ConflictException.class,
                "already delisted",
                () -> app.listings().delistStyle(owner, made.get(3).listingId()));
    }

    @Test
    void aDeliveryPostsEveryLineIntoTheLedgerOnceAndOnlyOnce() {
        Actor owner = given.owner();
        Actor cashier = given.customer();
        given.hire(owner, cashier);
        var made = app.listings().createSizeRun(owner, run("9", "10", true, List.of("medium"), "1"));

        var delivery = app.listings()
                .receiveDelivery(
                        cashier,
                        new DeliveryForm(
                                " New Balance UK ",
                                "DN-4471",
                                List.of(
                                        new DeliveryItem(made.get(2).listingId(), 4),
                                        new DeliveryItem(made.get(0).listingId(), 6),
                                        new DeliveryItem(made.get(2).listingId(), 1))));

        assertThat(delivery.units()).isEqualTo(11);
        assertThat(delivery.supplier()).isEqualTo("New Balance UK");
        assertThat(delivery.lines())
                .extracting(line -> line.sku().listingId() + ":" + line.quantity() + "->"
                        + line.sku().stock())
                .containsExactly(made.get(0).listingId() + ":6->7", made.get(2).listingId() + ":5->6");
        assertThat(TableCounts.scalar(
                        database,
                        "select sum(delta) from inventory_ledger where reason = 'received' and note like ?",
                        "delivery " + delivery.deliveryId() + " from New Balance UK, DN-4471"))
                .isEqualTo(11);

        assertRejectedWritingNothing(
                ConflictException.class,
                "DN-4471 from New Balance UK was received already",
                () -> app.listings()
                        .receiveDelivery(
                                owner,
                                new DeliveryForm(
                                        "New Balance UK",
                                        "DN-4471",
                                        List.of(new DeliveryItem(made.get(1).listingId(), 1)))));
    }

    @Test
    void aBadDeliveryIsExplainedAndWritesNothing() {
        Actor owner = given.owner();
        var made = app.listings().createSizeRun(owner, run("9", "9.5", true, List.of("medium"), "1"));
        long nine = made.get(0).listingId();
        Actor rival = given.owner();
        long theirs = given.listing(rival, "10.00", 1).listingId();
        app.listings().delist(owner, made.get(1).listingId());
        record Case(DeliveryForm form, Class<? extends RuntimeException> type, String message) {}
        for (Case c : List.of(
                new Case(
                        new DeliveryForm(" ", "A1", List.of(new DeliveryItem(nine, 1))),
                        ValidationException.class,
                        "supplier must not be blank"),
                new Case(
                        new DeliveryForm("S", "", List.of(new DeliveryItem(nine, 1))),
                        ValidationException.class,
                        "delivery note must not be blank"),
                new Case(new DeliveryForm("S", "A1", List.of()), ValidationException.class, "add what came"),
                new Case(
                        new DeliveryForm("S", "A1", List.of(new DeliveryItem(nine, 0))),
                        ValidationException.class,
                        "whole number from 1"),
                new Case(
                        new DeliveryForm("S", "A1", List.of(new DeliveryItem(nine, 1), new DeliveryItem(theirs, 1))),
                        NotFoundException.class,
                        "no sku number " + theirs + " in this shop"),
                new Case(
                        new DeliveryForm(
                                "S", "A1", List.of(new DeliveryItem(made.get(1).listingId(), 1))),
                        ConflictException.class,
                        "is delisted"))) {
            assertRejectedWritingNothing(org.shoetopia.domain.ShoetopiaException.class, c.message(), () -> {
                try {
                    app.listings().receiveDelivery(owner, c.form());
                } catch (RuntimeException e) {
                    assertThat(e).isInstanceOf(c.type());
                    throw e;
                }
            });
        }
    }
}
