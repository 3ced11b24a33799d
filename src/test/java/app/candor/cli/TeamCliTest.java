package app.candor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.store.server.ServerAddress;
import app.candor.store.server.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team set up from the command line, as the README says, on a real PostgreSQL server. */
class TeamCliTest {

    @TempDir
    Path dir;

    private ServerAddress db;
    private String admin;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void server() {
        db = TestServer.newDatabase();
        admin = "postgresql://postgres@localhost:" + db.port() + "/" + db.database() + "?sslmode=disable";
    }

    private CliRunner.Result run(Map<String, String> env, String stdin, String... args) {
        return new CliRunner(dir, clock, env).runWithInput(stdin, args);
    }

    @Test
    void anAdministratorSetsTheTeamUpAndSellersLogInWithTheirOwnPasswords() throws Exception {
        CliRunner.Result init = run(Map.of(), "", "--db", admin, "team", "init");
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("is ready (schema version 1)").contains("team add-user");
        assertThat(init.out()).doesNotContain("password");

        String ana = TestServer.login("ana");
        CliRunner.Result added = run(Map.of(), "", "--db", admin, "team", "add-user", ana, "--role", "rep");
        assertThat(added.exitCode()).as(added.err()).isZero();
        Matcher made = Pattern.compile("shows it only now\\): (\\S+)").matcher(added.out());
        assertThat(made.find()).as(added.out()).isTrue();
        try (Connection c = TestServer.as(db, ana, made.group(1)); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(ana);
        }

        String ben = TestServer.login("ben");
        CliRunner.Result manager = run(Map.of("CANDOR_DB", admin), "b3n's own pass\n", "team", "add-user", ben,
                "--role", "MANAGER", "--password-stdin");
        assertThat(manager.exitCode()).as(manager.err()).isZero();
        assertThat(manager.out()).contains("Added " + ben + " as a manager.").doesNotContain("Password for");
        TestServer.as(db, ben, "b3n's own pass").close();

        try (Connection c = TestServer.as(db, ana, made.group(1)); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO prospects (name, created_at) VALUES ('Dana Ortiz', 0)");
        }
        CliRunner.Result list = run(Map.of(), "", "--db", admin, "team", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out().lines()).containsExactly("login\trole\tprospects", ana + "\trep\t1", ben + "\tmanager\t0");

        CliRunner.Result refused = run(Map.of(), "", "--db", admin, "team", "remove", ana);
        assertThat(refused.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(refused.err()).contains("still owns 1 prospects").contains("--to");
        CliRunner.Result removed = run(Map.of(), "", "--db", admin, "team", "remove", ana, "--to", ben);
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Removed " + ana).contains("1 prospects are now " + ben + "'s");
    }

    @Test
    void aSellersPasswordComesFromPgpassOrPgpasswordAsForPsql() throws Exception {
        assertThat(run(Map.of(), "", "--db", admin, "team", "init").exitCode()).isZero();
        String ana = TestServer.login("ana");
        assertThat(run(Map.of(), "s3cret:with\\colon\n", "--db", admin, "team", "add-user", ana, "--role", "rep",
                "--password-stdin").exitCode()).isZero();
        String asAna = "postgresql://" + ana + "@localhost:" + db.port() + "/" + db.database() + "?sslmode=disable";

        Path home = Files.createDirectories(dir.resolve("home"));
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "# team\nelsewhere:*:*:*:nope\nlocalhost:" + db.port() + ":*:" + ana
                + ":s3cret\\:with\\\\colon\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        CliRunner.Result viaFile = run(Map.of("HOME", home.toString()), "", "--db", asAna, "team", "list");
        assertThat(viaFile.exitCode()).as(viaFile.err()).isZero();
        assertThat(viaFile.out()).contains(ana + "\trep\t0");

        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        CliRunner.Result open = run(Map.of("HOME", home.toString()), "", "--db", asAna, "team", "list");
        assertThat(open.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(open.err()).contains("is not used: others may read it").contains("asks for " + ana + "'s password");

        CliRunner.Result viaEnv = run(Map.of("HOME", home.toString(), "PGPASSWORD", "s3cret:with\\colon"), "",
                "--db", asAna, "team", "list");
        assertThat(viaEnv.exitCode()).as(viaEnv.err()).isZero();
        assertThat(viaEnv.err()).isEmpty();
    }

    @Test
    void aSellerRunsTheCommandsOnTheServerAndGetsWhatAFileGives() throws Exception {
        assertThat(run(Map.of(), "", "--db", admin, "team", "init").exitCode()).isZero();
        String ana = TestServer.login("ana");
        assertThat(run(Map.of(), "ana-pass\n", "--db", admin, "team", "add-user", ana, "--role", "rep",
                "--password-stdin").exitCode()).isZero();
        String server = "postgresql://" + ana + "@localhost:" + db.port() + "/" + db.database() + "?sslmode=disable";
        Map<String, String> asAna = Map.of("PGPASSWORD", "ana-pass");
        String file = dir.resolve("mine.db").toString();

        CliRunner.Result demo = run(asAna, "", "--db", server, "demo");
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains(server.replace("?sslmode=disable", "")).doesNotContain("ana-pass");
        assertThat(run(Map.of(), "", "--db", file, "demo").exitCode()).isZero();

        for (String[] command : new String[][] {{"alerts"}, {"alerts", "--format", "json"}, {"report", "discipline"},
            {"scripts"}}) {
            CliRunner.Result onServer = run(asAna, "", with(server, command));
            CliRunner.Result onFile = run(Map.of(), "", with(file, command));
            assertThat(onServer.exitCode()).as(String.join(" ", command) + ": " + onServer.err()).isZero();
            // The JSON says whose each alert is on a server (the seller's login); a file's are nobody else's.
            assertThat(onServer.out().replace("\"owner\":\"" + ana + "\"", "\"owner\":null"))
                    .as(String.join(" ", command)).isEqualTo(onFile.out()).isNotBlank();
        }
        com.fasterxml.jackson.databind.JsonNode alerts = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run(asAna, "", "--db", server, "alerts", "--format", "json").out());
        assertThat(alerts.size()).isPositive();
        alerts.forEach(a -> assertThat(a.get("owner").asText()).isEqualTo(ana));
        CliRunner.Result backup = run(asAna, "", "--db", server, "backup");
        assertThat(backup.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(backup.err()).contains("backed up by the server's administrator");

        CliRunner.Result revive = run(asAna, "", "--db", server, "alerts", "--revive");
        assertThat(revive.exitCode()).as(revive.err()).isZero();
    }

    @Test
    void personalFilesMoveOntoTheServerAsTheirSellersOwnAndBack() throws Exception {
        assertThat(run(Map.of(), "", "--db", admin, "team", "init").exitCode()).isZero();
        String ana = TestServer.login("ana");
        String ben = TestServer.login("ben");
        for (String seller : new String[] {ana, ben}) {
            assertThat(run(Map.of(), seller + "-pass\n", "--db", admin, "team", "add-user", seller, "--role", "rep",
                    "--password-stdin").exitCode()).isZero();
        }
        // Both sellers have used Candor on their own: files with the same numbering inside.
        Path anas = dir.resolve("ana.db");
        Path bens = dir.resolve("ben.db");
        assertThat(run(Map.of(), "", "--db", anas.toString(), "demo").exitCode()).isZero();
        assertThat(run(Map.of(), "", "--db", bens.toString(), "demo").exitCode()).isZero();
        byte[] before = Files.readAllBytes(anas);

        String asAna = "postgresql://" + ana + "@localhost:" + db.port() + "/" + db.database() + "?sslmode=disable";
        String asBen = "postgresql://" + ben + "@localhost:" + db.port() + "/" + db.database() + "?sslmode=disable";
        CliRunner.Result moved = run(Map.of("PGPASSWORD", ana + "-pass"), "", "--db", asAna, "team", "import",
                anas.toString());
        assertThat(moved.exitCode()).as(moved.err()).isZero();
        assertThat(moved.out()).containsPattern("Moved \\d+ prospects, \\d+ deals and \\d+ interactions from");
        assertThat(Files.readAllBytes(anas)).as("the file is left as it was").isEqualTo(before);
        CliRunner.Result benMoved = run(Map.of("PGPASSWORD", ben + "-pass"), "", "--db", asBen, "team", "import",
                bens.toString());
        assertThat(benMoved.exitCode()).as(benMoved.err()).isZero();

        // Each sees exactly their own file's pipeline, and the same alerts as from the file (the deals numbered
        // anew by the server: the second file's numbers were taken).
        for (String[] seller : new String[][] {{asAna, ana, anas.toString()}, {asBen, ben, bens.toString()}}) {
            CliRunner.Result onServer = run(Map.of("PGPASSWORD", seller[1] + "-pass"), "", "--db", seller[0],
                    "alerts", "--all");
            CliRunner.Result onFile = run(Map.of(), "", "--db", seller[2], "alerts", "--all");
            assertThat(onServer.out().replaceAll("#\\d+", "#N")).isEqualTo(onFile.out().replaceAll("#\\d+", "#N"))
                    .isNotBlank();
        }
        // The manager's discipline by seller: a row each, the figures each seller gets for themselves.
        String mia = TestServer.login("mia");
        assertThat(run(Map.of(), "mia-pass\n", "--db", admin, "team", "add-user", mia, "--role", "manager",
                "--password-stdin").exitCode()).isZero();
        String asMia = "postgresql://" + mia + "@localhost:" + db.port() + "/" + db.database() + "?sslmode=disable";
        CliRunner.Result team = run(Map.of("PGPASSWORD", "mia-pass"), "", "--db", asMia, "report", "discipline",
                "--by-seller", "--format", "csv");
        assertThat(team.exitCode()).as(team.err()).isZero();
        java.util.List<String> rows = team.out().lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("seller,");
        for (String[] seller : new String[][] {{asAna, ana}, {asBen, ben}}) {
            CliRunner.Result own = run(Map.of("PGPASSWORD", seller[1] + "-pass"), "", "--db", seller[0], "report",
                    "discipline", "--by-seller", "--format", "csv");
            java.util.List<String> ownRows = own.out().lines().toList();
            assertThat(ownRows).as("a rep sees only their own row").hasSize(2);
            assertThat(ownRows.get(1)).startsWith(seller[1] + ",").matches(".*,[1-9][0-9]*,.*");
            assertThat(rows).contains(ownRows.get(1));
        }
        // The manager hands one of ana's prospects to ben; a rep may not; ben has his own Marcus Bell, from his file.
        CliRunner.Result clash = run(Map.of("PGPASSWORD", "mia-pass"), "", "--db", asMia, "team", "reassign",
                "m.bell@bellweather.example", "--to", ben);
        assertThat(clash.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(clash.err()).contains(ben + " already has Marcus Bell with the address m.bell@bellweather.example")
                .contains("Nothing was changed");
        try (java.sql.Connection c = TestServer.as(db, ana, ana + "-pass"); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO prospects (name, email, created_at) VALUES ('Zoe Park', 'zoe@park.example', 0)");
        }
        CliRunner.Result byRep = run(Map.of("PGPASSWORD", ana + "-pass"), "", "--db", asAna, "team", "reassign",
                "zoe@park.example", "--to", ben);
        assertThat(byRep.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(byRep.err()).contains("Only a manager hands a prospect to another seller");
        CliRunner.Result reassigned = run(Map.of("PGPASSWORD", "mia-pass"), "", "--db", asMia, "team", "reassign",
                "zoe@park.example", "--to", ben);
        assertThat(reassigned.exitCode()).as(reassigned.err()).isZero();
        assertThat(reassigned.out()).isEqualTo("Handed Zoe Park <zoe@park.example> from " + ana + " to "
                + ben + ", with their deals, calls and check-ins.\n");
        for (String[] seller : new String[][] {{ana, "0"}, {ben, "1"}}) {
            try (java.sql.Connection c = TestServer.as(db, seller[0], seller[0] + "-pass");
                 java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM prospects WHERE name = 'Zoe Park'")) {
                rs.next();
                assertThat(rs.getInt(1)).as(seller[0] + " sees Zoe Park").isEqualTo(Integer.parseInt(seller[1]));
            }
        }

        CliRunner.Result onFile = run(Map.of(), "", "--db", anas.toString(), "report", "discipline", "--by-seller");
        assertThat(onFile.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(onFile.err()).contains("team server's report");

        CliRunner.Result again = run(Map.of("PGPASSWORD", ana + "-pass"), "", "--db", asAna, "team", "import",
                anas.toString());
        assertThat(again.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(again.err()).contains("holds");

        // And back: the JSON export from the server imports into a new file with the same alerts.
        Path out = dir.resolve("ana.json");
        assertThat(run(Map.of("PGPASSWORD", ana + "-pass"), "", "--db", asAna, "export", "--format", "json", "--out",
                out.toString()).exitCode()).isZero();
        Path back = dir.resolve("back.db");
        CliRunner.Result imported = run(Map.of(), "", "--db", back.toString(), "import", out.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(run(Map.of(), "", "--db", back.toString(), "alerts", "--all").out())
                .isEqualTo(run(Map.of(), "", "--db", anas.toString(), "alerts", "--all").out());
    }

    private static String[] with(String db, String... command) {
        String[] args = new String[command.length + 2];
        args[0] = "--db";
        args[1] = db;
        System.arraycopy(command, 0, args, 2, command.length);
        return args;
    }

    @Test
    void addressesAndStoresAreRefusedInPlainWords() {
        CliRunner.Result withPassword = run(Map.of(), "", "--db", "postgresql://ana:hunter2@localhost/sales", "team",
                "list");
        assertThat(withPassword.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(withPassword.err()).contains("never holds the password").doesNotContain("hunter2");

        CliRunner.Result file = run(Map.of(), "", "--db", dir.resolve("mine.db").toString(), "team", "list");
        assertThat(file.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(file.err()).contains("--db postgresql://");

        CliRunner.Result notSetUp = run(Map.of(), "", "--db", admin, "team", "list");
        assertThat(notSetUp.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(notSetUp.err()).contains("not set up as a team yet");

        CliRunner.Result badRole = run(Map.of(), "", "--db", admin, "team", "add-user", "ana", "--role", "boss");
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("rep").contains("manager");
    }
}
