package org.shoetopia.app;

import java.time.Clock;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.shoetopia.persistence.DataFolder;
import org.shoetopia.persistence.DatabaseConfig;
import org.shoetopia.service.PasswordHasher;
import org.shoetopia.service.SearchCriteria;
import org.shoetopia.service.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app's start: opens (and migrates) the configured database on a background task and
 * shows where it is. The screens of the product build on this window.
 */
public final class DesktopApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(DesktopApp.class);

    private Services services;

    @Override
    public void start(Stage stage) {
        Label status = new Label("Opening the database…");
        status.setWrapText(true);
        ProgressIndicator progress = new ProgressIndicator();
        VBox root = new VBox(16, new Label("Shoetopia"), progress, status);
        root.setPadding(new Insets(24));
        stage.setTitle("Shoetopia");
        stage.setScene(new Scene(root, 520, 240));
        stage.show();

        Map<String, String> environment = System.getenv();
        Task<String> open = new Task<>() {
            @Override
            protected String call() {
                DatabaseConfig config = DatabaseConfig.load(DataFolder.forCurrentUser(environment).create(), environment);
                services = Services.open(config, PasswordHasher.recommended(), Clock.systemUTC());
                long inStock = services.search().search(SearchCriteria.any().page(1, 1)).total();
                return "Connected to " + services.database().kind() + " (" + config.url() + "). "
                        + inStock + " listings in stock in the catalogue.";
            }
        };
        open.setOnSucceeded(event -> {
            progress.setVisible(false);
            status.setText(open.getValue());
        });
        open.setOnFailed(event -> {
            log.error("Cannot open the database", open.getException());
            progress.setVisible(false);
            status.setText("Cannot open the database: " + open.getException().getMessage());
        });
        Thread worker = new Thread(open, "open-database");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
        Platform.exit();
    }
}
