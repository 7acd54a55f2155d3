package org.shoetopia.ui.checkout;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shoetopia.api.ShiftService;
import org.shoetopia.api.ShiftService.ShiftReport;
import org.shoetopia.api.ShiftService.ShiftView;
import org.shoetopia.api.ShiftService.ZReportSummary;
import org.shoetopia.domain.CashCount;
import org.shoetopia.domain.Money;
import org.shoetopia.domain.ValidationException;
import org.shoetopia.files.OwnerOnly;
import org.shoetopia.receipt.ReceiptPdf;
import org.shoetopia.receipt.ReceiptPrinter;
import org.shoetopia.receipt.ShiftReportLayout;
import org.shoetopia.ui.BackgroundRunner;
import org.shoetopia.ui.DialogService;
import org.shoetopia.ui.DialogService.FormField;
import org.shoetopia.ui.Formats;
import org.shoetopia.ui.SessionModel;

/**
 * The till's shift: open it with the float, pay in and out, open the drawer with no sale, read the X
 * report, and close with a blind count by denomination, which shows the Z report. The till takes
 * payment only while a shift is open.
 */
public final class ShiftViewModel {
    private static final String PRINT = "Print";
    private static final String SAVE_PDF = "Save PDF";
    private static final String CLOSE = "Close";

    private final ShiftService shifts;
    private final BackgroundRunner runner;
    private final SessionModel session;
    private final DialogService dialogs;
    private final String terminalName;
    private final Optional<ReceiptPrinter> printer;
    private final BooleanSupplier managesShop;

    private final ObjectProperty<ShiftView> shift = new SimpleObjectProperty<>();
    private final StringProperty shiftInfo = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** True once the first answer came: the till says "no shift" only when it knows. */
    private final BooleanProperty known = new SimpleBooleanProperty();

    public ShiftViewModel(
            ShiftService shifts,
            BackgroundRunner runner,
            SessionModel session,
            DialogService dialogs,
            String terminalName,
            Optional<ReceiptPrinter> printer,
            BooleanSupplier managesShop) {
        this.shifts = shifts;
        this.runner = runner;
        this.session = session;
        this.dialogs = dialogs;
        this.terminalName = terminalName == null || terminalName.isBlank() ? "Till 1" : terminalName.strip();
        this.printer = printer;
        this.managesShop = managesShop;
        shift.addListener((observed, was, now) -> shiftInfo.set(describe(now)));
    }

    private String describe(ShiftView now) {
        if (now == null) {
            return "No shift is open: open one, with the float counted, to take payment";
        }
        return "Shift on " + now.terminal() + " · " + now.cashierName() + " since " + Formats.dateTime(now.openedAt())
                + " · float " + Formats.money(now.openingFloat());
    }

    /** Reads the cashier's open shift. */
    public void load() {
        var actor = session.actor();
        runner.call(() -> shifts.current(actor))
                .busy(busy)
                .onSuccess(current -> {
                    shift.set(current);
                    shiftInfo.set(describe(current));
                    known.set(true);
                })
                .onFailure(failure -> shiftInfo.set(failure.getMessage()))
                .start();
    }

    public void openShift() {
        dialogs.form(
                        "Open a shift",
                        "Count the float into the drawer",
                        List.of(FormField.text("Terminal", terminalName), FormField.text("Float counted", "")))
                .ifPresent(answer -> {
                    Money openingFloat;
                    try {
                        openingFloat =
                                Money.parse("float", "Float", answer.get(1).isBlank() ? "0" : answer.get(1));
                    } catch (ValidationException e) {
                        dialogs.showError("Open a shift", e.getMessage());
                        return;
                    }
                    var actor = session.actor();
                    runner.call(() -> shifts.open(actor, answer.get(0), openingFloat))
                            .busy(busy)
                            .onSuccess(shift::set)
                            .onFailure(failure -> {
                                // A shift someone left open: a manager counts that drawer and closes it.
                                if (managesShop.getAsBoolean()
                                        && failure.getMessage().contains("already has an open shift")
                                        && dialogs.confirm(
                                                "Open a shift",
                                                failure.getMessage()
                                                        + ". Count that drawer and close its shift now?")) {
                                    closeLeftOpen(answer.get(0).strip());
                                } else {
                                    dialogs.showError("Open a shift", failure.getMessage());
                                }
                            })
                            .start();
                });
    }

    public void payIn() {
        moveCash("Pay in", "Cash put into the drawer", true);
    }

    public void payOut() {
        moveCash("Pay out", "Cash taken out of the drawer", false);
    }

    private void moveCash(String title, String header, boolean in) {
        dialogs.form(title, header, List.of(FormField.text("Amount", ""), FormField.text("Why", "")))
                .ifPresent(answer -> {
                    Money amount;
                    try {
                        amount = Money.parse(in ? "paidIn" : "paidOut", "Amount", answer.get(0));
                    } catch (ValidationException e) {
                        dialogs.showError(title, e.getMessage());
                        return;
                    }
                    String why = answer.get(1) == null || answer.get(1).isBlank()
                            ? ""
                            : " (" + answer.get(1).strip() + ")";
                    if (!dialogs.confirm(
                            title,
                            (in
                                            ? "Put " + Formats.money(amount) + " into"
                                            : "Take " + Formats.money(amount) + " out of")
                                    + " the drawer" + why + "? The drawer opens, and the cash-up counts it.")) {
                        return;
                    }
                    var actor = session.actor();
                    runner.call(() -> in
                                    ? shifts.payIn(actor, amount, answer.get(1))
                                    : shifts.payOut(actor, amount, answer.get(1)))
                            .busy(busy)
                            .onSuccess(view -> {
                                shift.set(view);
                                printer.ifPresent(this::openDrawer);
                            })
                            .onFailure(failure -> dialogs.showError(title, failure.getMessage()))
                            .start();
                });
    }

    /** Opens the drawer with no sale: on the manager's word (their email and password, unless the cashier is one). */
    public void noSale() {
        boolean manager = managesShop.getAsBoolean();
        List<FormField> fields = manager
                ? List.of(FormField.text("Why", ""))
                : List.of(
                        FormField.text("Why", ""),
                        FormField.text("Manager's email", ""),
                        FormField.secret("Manager's password"));
        dialogs.form(
                        "No sale",
                        manager ? "Open the drawer with no sale" : "A manager approves opening the drawer with no sale",
                        fields)
                .ifPresent(answer -> {
                    var actor = session.actor();
                    String email = manager ? null : answer.get(1);
                    String password = manager ? null : answer.get(2);
                    runner.run(() -> shifts.noSale(actor, answer.get(0), email, password))
                            .busy(busy)
                            .onSuccess(done -> {
                                printer.ifPresent(this::openDrawer);
                                dialogs.showInfo("No sale", "The drawer opening is recorded on the shift");
                            })
                            .onFailure(failure -> dialogs.showError("No sale", failure.getMessage()))
                            .start();
                });
    }

    /** The X report: a cashier's with a manager's email and password, as it shows the expected cash. */
    public void xReport() {
        var actor = session.actor();
        if (managesShop.getAsBoolean()) {
            readXReport(actor, null, null);
            return;
        }
        dialogs.askManager("X report", "A manager reads the X report: it shows the cash expected in the drawer")
                .ifPresent(manager -> readXReport(actor, manager.email(), manager.password()));
    }

    private void readXReport(org.shoetopia.api.Actor actor, String email, String password) {
        runner.call(() -> shifts.xReport(actor, email, password))
                .busy(busy)
                .onSuccess(this::showReport)
                .onFailure(failure -> dialogs.showError("X report", failure.getMessage()))
                .start();
    }

    /**
     * The blind count: how many of each note and coin, without the expected figure, which the Z
     * report shows once the count is in.
     */
    public void closeShift() {
        askCount("Close the shift", count -> {
            var actor = session.actor();
            runner.call(() -> shifts.close(actor, count))
                    .busy(busy)
                    .onSuccess(report -> {
                        shift.set(null);
                        printer.ifPresent(to -> print(to, report));
                        showReport(report);
                    })
                    .onFailure(failure -> dialogs.showError("Close the shift", failure.getMessage()))
                    .start();
        });
    }

    /** A manager closes the shift another cashier left open at this terminal, with the drawer's count. */
    private void closeLeftOpen(String terminal) {
        askCount("Close the shift on " + terminal, count -> {
            var actor = session.actor();
            runner.call(() -> shifts.closeAt(actor, terminal, count))
                    .busy(busy)
                    .onSuccess(report -> {
                        printer.ifPresent(to -> print(to, report));
                        showReport(report);
                    })
                    .onFailure(failure -> dialogs.showError("Close the shift", failure.getMessage()))
                    .start();
        });
    }

    /** The count form, then a confirmation; the count, once both are answered. */
    private void askCount(String title, java.util.function.Consumer<CashCount> then) {
        List<FormField> fields = new ArrayList<>();
        for (int denomination : CashCount.DENOMINATIONS) {
            fields.add(FormField.text(denominationLabel(denomination), ""));
        }
        dialogs.form(title, "Count the drawer: how many of each note and coin", fields)
                .ifPresent(answer -> {
                    CashCount count;
                    try {
                        count = count(answer);
                    } catch (ValidationException e) {
                        dialogs.showError(title, e.getMessage());
                        return;
                    }
                    if (dialogs.confirm(
                            title,
                            "Close the shift with " + Formats.money(count.total())
                                    + " counted? Its Z report is final: the shift cannot be opened again.")) {
                        then.accept(count);
                    }
                });
    }

    /** The shop's Z reports, newest first, to read one again (owner and managers). */
    public void zReports() {
        var actor = session.actor();
        runner.call(() -> shifts.zReports(actor))
                .busy(busy)
                .onSuccess(reports -> {
                    if (reports.isEmpty()) {
                        dialogs.showInfo("Z reports", "No shift of this shop has been closed yet");
                        return;
                    }
                    List<ZReportSummary> shown = reports.subList(0, Math.min(reports.size(), 6));
                    List<String> choices = new ArrayList<>();
                    shown.forEach(z -> choices.add("Z " + z.zNumber()));
                    choices.add(CLOSE);
                    StringBuilder message = new StringBuilder("The latest closed shifts:\n");
                    shown.forEach(z -> message.append("\nZ ")
                            .append(z.zNumber())
                            .append("  ")
                            .append(Formats.dateTime(z.closedAt()))
                            .append("  ")
                            .append(z.terminal())
                            .append(", ")
                            .append(z.cashierName())
                            .append("  sales ")
                            .append(Formats.money(z.sales()))
                            .append("  over/short ")
                            .append(Formats.money(z.overShort())));
                    dialogs.choose("Z reports", message.toString(), choices)
                            .filter(index -> index < shown.size())
                            .ifPresent(index -> runner.call(() -> shifts.zReport(
                                            actor, shown.get(index).zNumber()))
                                    .onSuccess(this::showReport)
                                    .onFailure(failure -> dialogs.showError("Z report", failure.getMessage()))
                                    .start());
                })
                .onFailure(failure -> dialogs.showError("Z reports", failure.getMessage()))
                .start();
    }

    private void showReport(ShiftReport report) {
        List<String> lines = ShiftReportLayout.lines(report, ZoneId.systemDefault());
        List<String> choices = printer.isPresent() ? List.of(PRINT, SAVE_PDF, CLOSE) : List.of(SAVE_PDF, CLOSE);
        dialogs.showDocument(ShiftReportLayout.title(report), lines, choices)
                .map(choices::get)
                .ifPresent(choice -> {
                    if (choice.equals(PRINT)) {
                        printer.ifPresent(to -> print(to, report));
                    } else if (choice.equals(SAVE_PDF)) {
                        savePdf(report);
                    }
                });
    }

    private void savePdf(ShiftReport report) {
        String name = (report.zNumber() == null ? "x-report" : "z-report-" + report.zNumber()) + ".pdf";
        dialogs.chooseFileToSave("Save the report", name, "pdf")
                .ifPresent(file -> runner.call(() -> OwnerOnly.write(
                                file,
                                ReceiptPdf.of(
                                        report.shopName() + " " + ShiftReportLayout.title(report),
                                        ShiftReportLayout.lines(report, ZoneId.systemDefault()))))
                        .onSuccess(path -> dialogs.showInfo("Report saved", path.toString()))
                        .onFailure(failure -> dialogs.showError("Report not saved", failure.getMessage()))
                        .start());
    }

    private void print(ReceiptPrinter to, ShiftReport report) {
        runner.run(() -> to.print(ShiftReportLayout.lines(report, ZoneId.systemDefault()), false))
                .onFailure(failure -> dialogs.showError("Print", failure.getMessage()))
                .start();
    }

    private void openDrawer(ReceiptPrinter to) {
        runner.run(to::openDrawer)
                .onFailure(failure -> dialogs.showError("Cash drawer", failure.getMessage()))
                .start();
    }

    /** "$100 notes", "25¢ coins": how the count form names each denomination. */
    static String denominationLabel(int cents) {
        return cents >= 100 ? "$" + cents / 100 + " notes" : cents + "¢ coins";
    }

    /** The count as typed: a whole number per denomination, blank meaning none. */
    static CashCount count(List<String> answer) {
        Map<Integer, Integer> quantities = new LinkedHashMap<>();
        for (int i = 0; i < CashCount.DENOMINATIONS.size(); i++) {
            String typed = answer.get(i).strip();
            int denomination = CashCount.DENOMINATIONS.get(i);
            if (typed.isEmpty()) {
                continue;
            }
            try {
                quantities.put(denomination, Integer.parseInt(typed));
            } catch (NumberFormatException e) {
                throw new ValidationException(
                        "count",
                        denominationLabel(denomination) + ": type how many, a whole number (\"" + typed + "\")");
            }
        }
        return new CashCount(quantities);
    }

    public ReadOnlyObjectProperty<ShiftView> shiftProperty() {
        return shift;
    }

    public ReadOnlyStringProperty shiftInfoProperty() {
        return shiftInfo;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty knownProperty() {
        return known;
    }
}
