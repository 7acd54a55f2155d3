package org.shoetopia.cli;

import java.util.concurrent.Callable;
import org.shoetopia.persistence.Database;
import org.shoetopia.persistence.SchemaRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "migrate", description = "Creates or upgrades the database schema, then exits.")
final class MigrateCommand implements Callable<Integer> {
    @ParentCommand
    private ShoetopiaCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--print-roles-script",
            description = "Prints the script a database administrator runs once to make Shoetopia's PostgreSQL roles"
                    + " and database (db/roles/create-roles.sql), and exits without connecting.")
    private boolean printRolesScript;

    @Override
    public Integer call() {
        if (printRolesScript) {
            spec.commandLine().getOut().print(SchemaRoles.script(SchemaRoles.CREATE_ROLES));
            return 0;
        }
        var config = parent.databaseConfig();
        try (Database database = Database.open(config)) {
            var out = spec.commandLine().getOut();
            out.printf("Schema is up to date (%s, %s)%n", database.kind(), config.url());
            if (SchemaRoles.of(config) == SchemaRoles.Login.OWNER) {
                out.printf(
                        "The role %s holds exactly the privileges of db/roles/%s%n",
                        SchemaRoles.APP, SchemaRoles.GRANTS);
            }
        }
        return 0;
    }
}
