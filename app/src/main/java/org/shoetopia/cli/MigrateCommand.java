package org.shoetopia.cli;

import java.util.concurrent.Callable;
import org.shoetopia.persistence.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "migrate", description = "Creates or upgrades the database schema, then exits.")
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    private ShoetopiaCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var config = parent.databaseConfig();
        try (Database database = Database.open(config)) {
            spec.commandLine().getOut().printf("Schema is up to date (%s, %s)%n", database.kind(), config.url());
        }
        return 0;
    }
}
