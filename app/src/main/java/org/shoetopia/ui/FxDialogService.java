package org.shoetopia.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.shoetopia.api.ListingView;
import org.shoetopia.domain.Gender;
import org.shoetopia.domain.Width;

/** Dialogs as JavaFX alerts, prompts and choosers, owned by the window in front. */
public final class FxDialogService implements DialogService {
    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message)
                .showAndWait()
                .filter(ButtonType.OK::equals)
                .isPresent();
    }

    /** The last choice also answers Esc and the window's close button (a dialog needs one that does). */
    @Override
    public Optional<Integer> choose(String title, String message, List<String> choices) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            boolean last = i == choices.size() - 1;
            buttons.add(new ButtonType(
                    choices.get(i), last ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().map(buttons::indexOf).filter(index -> index >= 0);
    }

    @Override
    public Optional<String> ask(String title, String header, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(frontWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        return dialog.showAndWait();
    }

    @Override
    public Optional<List<String>> form(String title, String header, List<FormField> fields) {
        Dialog<List<String>> dialog = new Dialog<>();
        dialog.initOwner(frontWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        List<Supplier<String>> values = new ArrayList<>();
        for (int row = 0; row < fields.size(); row++) {
            FormField field = fields.get(row);
            Control input;
            switch (field.kind()) {
                case CHOICE -> {
                    ComboBox<String> box = new ComboBox<>();
                    box.getItems().setAll(field.choices());
                    box.setValue(field.initial());
                    values.add(box::getValue);
                    input = box;
                }
                case SECRET -> {
                    PasswordField secret = new PasswordField();
                    values.add(secret::getText);
                    input = secret;
                }
                default -> {
                    TextField text = new TextField(field.initial());
                    values.add(text::getText);
                    input = text;
                }
            }
            input.setPrefWidth(260);
            Label label = new Label(field.label());
            label.setLabelFor(input);
            grid.addRow(row, label, input);
        }
        dialog.getDialogPane().setContent(grid);
        // The first field to type in takes the keys, so a cashier types at once; Enter is OK.
        grid.getChildren().stream()
                .filter(node -> node instanceof TextField)
                .findFirst()
                .or(() -> grid.getChildren().stream()
                        .filter(node -> node instanceof Control && !(node instanceof Label))
                        .findFirst())
                .ifPresent(first -> Platform.runLater(first::requestFocus));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? values.stream()
                        .map(Supplier::get)
                        .map(value -> value == null ? "" : value)
                        .toList()
                : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Integer> showDocument(String title, List<String> lines, List<String> choices) {
        Dialog<Integer> dialog = new Dialog<>();
        dialog.initOwner(frontWindow());
        dialog.setTitle(title);
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            boolean last = i == choices.size() - 1;
            buttons.add(new ButtonType(
                    choices.get(i), last ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        dialog.getDialogPane().getButtonTypes().setAll(buttons);
        javafx.scene.control.TextArea text = new javafx.scene.control.TextArea(String.join("\n", lines));
        text.setEditable(false);
        // A dialog's scene has none of the app's style sheet: the fixed-width font is set here.
        text.setFont(javafx.scene.text.Font.font("monospace", 13));
        // As tall as the screen allows: a report is read top to bottom, scrolled if it must be.
        text.setPrefRowCount(Math.min(lines.size() + 1, 28));
        // a receipt-wide report, or wider for longer lines (the till's keys), never cut
        text.setPrefColumnCount(
                Math.max(46, lines.stream().mapToInt(String::length).max().orElse(0) + 2));
        dialog.getDialogPane().setContent(text);
        dialog.setResultConverter(button -> {
            int index = buttons.indexOf(button);
            return index < 0 ? null : index;
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<ListingView> pickSize(String title, SizeGrid sizes) {
        Dialog<ListingView> dialog = new Dialog<>();
        dialog.initOwner(frontWindow());
        dialog.setTitle(title);
        dialog.setHeaderText(title + ": pick a size (the number is the pairs in stock)");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        Gender scale = sizes.rows().get(0).cells().values().iterator().next().gender();
        grid.addRow(0, heading("US"), heading("UK"), heading("EU"));
        for (int column = 0; column < sizes.widths().size(); column++) {
            Width width = sizes.widths().get(column);
            Label heading = heading(width.letter(scale));
            heading.setTooltip(new javafx.scene.control.Tooltip(width.label(scale)));
            GridPane.setHalignment(heading, javafx.geometry.HPos.CENTER);
            grid.add(heading, 3 + column, 0);
        }
        Button first = null;
        for (int row = 0; row < sizes.rows().size(); row++) {
            SizeGrid.Row size = sizes.rows().get(row);
            grid.addRow(row + 1, new Label(size.size().toString()), new Label(size.uk()), new Label(size.eu()));
            for (int column = 0; column < sizes.widths().size(); column++) {
                ListingView sku = size.cells().get(sizes.widths().get(column));
                if (sku == null) {
                    continue;
                }
                Button cell = new Button(Integer.toString(sku.stock()));
                cell.setMinSize(64, 34);
                cell.setTooltip(new javafx.scene.control.Tooltip(sku.description() + "\n"
                        + org.shoetopia.ui.Formats.money(sku.salePrice()) + " · listing " + sku.listingId()));
                cell.setAccessibleText(
                        size.conversions() + " " + sku.width().label(scale) + ", " + sku.stock() + " in stock");
                cell.setDisable(sku.stock() <= 0);
                cell.setOnAction(event -> {
                    dialog.setResult(sku);
                    dialog.close();
                });
                if (first == null && !cell.isDisable()) {
                    first = cell;
                }
                grid.add(cell, 3 + column, row + 1);
            }
        }
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(grid);
        scroll.setFitToWidth(true);
        // A whole run of half sizes scrolls on a 768-pixel display rather than pushing OK off it.
        scroll.setPrefViewportHeight(Math.min(sizes.rows().size() * 38 + 30, 480));
        dialog.getDialogPane().setContent(scroll);
        if (first != null) {
            Button focused = first;
            Platform.runLater(focused::requestFocus);
        }
        dialog.setResultConverter(button -> null);
        return dialog.showAndWait();
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.toUpperCase(Locale.ROOT), "*." + kind));
        return Optional.ofNullable(chooser.showSaveDialog(frontWindow())).map(File::toPath);
    }

    private static Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(frontWindow());
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }

    /** The focused window, so a dialog opens over the screen that asked; null (no owner) when none is. */
    private static Window frontWindow() {
        return Window.getWindows().stream()
                .filter(Window::isFocused)
                .findFirst()
                .orElse(null);
    }
}
