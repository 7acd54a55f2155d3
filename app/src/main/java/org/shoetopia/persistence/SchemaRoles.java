package org.shoetopia.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The least-privilege roles of a shared PostgreSQL database (db/roles): {@value #OWNER} owns the
 * schema, {@value #APP} may do what the use cases need and nothing more. A database belonging to
 * {@value #OWNER} is run that way; any other (the embedded H2 file, a PostgreSQL database one login
 * owns) is migrated by whoever opens it, as before.
 */
public final class SchemaRoles {
    public static final String OWNER = "shoetopia_owner";
    public static final String APP = "shoetopia_app";
    public static final String CREATE_ROLES = "create-roles.sql";
    public static final String GRANTS = "grants.sql";

    /** What the login of a {@link DatabaseConfig} is to the schema. */
    public enum Login {
        /** No separate roles: the login owns the schema and migrates it on open. */
        SOLE,
        /** The database belongs to {@value #OWNER} and this login may act as it: it migrates and grants. */
        OWNER,
        /** The database belongs to {@value #OWNER} and this login may not change the schema. */
        APP
    }

    private SchemaRoles() {}

    public static Login of(DatabaseConfig config) {
        if (config.kind() != DatabaseKind.POSTGRESQL) {
            return Login.SOLE;
        }
        try (Connection connection = connect(config);
                var rows = connection.createStatement().executeQuery("""
                        select r.rolname = '%s', pg_has_role(current_user, d.datdba, 'MEMBER')
                        from pg_database d join pg_roles r on r.oid = d.datdba
                        where d.datname = current_database()""".formatted(OWNER))) {
            rows.next();
            if (!rows.getBoolean(1)) {
                return Login.SOLE;
            }
            return rows.getBoolean(2) ? Login.OWNER : Login.APP;
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot read who owns the database at " + config.url() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Connections that act as the owner role from their start (the startup option {@code role}), so
     * what a migration creates belongs to {@value #OWNER}, not to the login that ran it.
     */
    static DataSource actingAsOwner(DatabaseConfig config) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(config.url());
        dataSource.setUser(config.user());
        dataSource.setPassword(config.password());
        dataSource.setOptions("-c role=" + OWNER);
        dataSource.setLogServerErrorDetail(false);
        return dataSource;
    }

    /**
     * Revokes and grants again the app role's privileges (db/roles/grants.sql), as the owner (so
     * every grant has the grantor a later revoke names), in one transaction.
     */
    static void grantAppRole(DatabaseConfig config) {
        try (Connection connection = actingAsOwner(config).getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            // two owners' migrates at once would grant over each other ("tuple concurrently updated")
            statement.execute("select pg_advisory_xact_lock(hashtext('shoetopia grants'))");
            statement.execute(script(GRANTS));
            try (var created =
                    statement.executeQuery("select has_schema_privilege('" + APP + "', 'public', 'CREATE')")) {
                created.next();
                if (created.getBoolean(1)) {
                    throw new IllegalStateException("The role " + APP + " may still create tables in the schema"
                            + " public (PostgreSQL before 15 lets everyone). As a superuser, run `alter schema public"
                            + " owner to " + OWNER + "` in this database, then migrate again.");
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the app role its privileges: " + e.getMessage(), e);
        }
    }

    /**
     * A script of db/roles as shipped ({@link #CREATE_ROLES}, {@link #GRANTS}); pgjdbc runs a script's
     * statements, dollar-quoted blocks included, in one call.
     */
    public static String script(String name) {
        String path = "/db/roles/" + name;
        try (InputStream in = SchemaRoles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Connection connect(DatabaseConfig config) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", config.user());
        login.setProperty("password", config.password());
        login.setProperty("logServerErrorDetail", "false"); // as the pool: no bound values in errors
        return DriverManager.getConnection(config.url(), login);
    }
}
