package app.candor.store.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.candor.domain.Refused;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerAddressTest {

    @Test
    void readsTheAddressesPostgresqlToolsTake() {
        assertThat(ServerAddress.parse("postgresql://ana@crm.example.com/sales", Map.of()))
                .isEqualTo(new ServerAddress("crm.example.com", 5432, "sales", "ana", "prefer"));
        assertThat(ServerAddress.parse(" postgres://ana@10.0.0.5:6543/sales?sslmode=verify-full ", Map.of()))
                .isEqualTo(new ServerAddress("10.0.0.5", 6543, "sales", "ana", "verify-full"));
        ServerAddress v6 = ServerAddress.parse("postgresql://ana@[::1]:5433/sales", Map.of());
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5433/sales");
        assertThat(v6).hasToString("postgresql://ana@[::1]:5433/sales");
        assertThat(ServerAddress.parse("postgresql://j%C3%B6rg@h/team%20a", Map.of()).user()).isEqualTo("jörg");
        assertThat(ServerAddress.parse("postgresql://h/team", Map.of("PGUSER", "mia", "USER", "root")).user())
                .isEqualTo("mia");
        assertThat(ServerAddress.parse("postgresql://h/team", Map.of("USER", "root")).user()).isEqualTo("root");
    }

    @Test
    void tellsAServerFromAFile() {
        assertThat(ServerAddress.isServer("PostgreSQL://h/db")).isTrue();
        assertThat(ServerAddress.isServer("/home/ana/candor.db")).isFalse();
        assertThat(ServerAddress.isServer("postgresql.db")).isFalse();
        assertThat(ServerAddress.isServer(null)).isFalse();
    }

    @Test
    void refusesWhatItCannotUseSayingWhy() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://ana:secret@h/db", Map.of()))
                .isInstanceOf(Refused.class).hasMessageContaining("never holds the password")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql:///db", Map.of("USER", "a")))
                .isInstanceOf(Refused.class).hasMessageContaining("names no server");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://ana@h", Map.of()))
                .isInstanceOf(Refused.class).hasMessageContaining("names no database");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://h/db", Map.of()))
                .isInstanceOf(Refused.class).hasMessageContaining("names no login");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://a@h/db?sslmode=sometimes", Map.of()))
                .isInstanceOf(Refused.class).hasMessageContaining("\"sometimes\" is not an sslmode");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://a@h/db?options=-c%20role=x", Map.of()))
                .isInstanceOf(Refused.class).hasMessageContaining("\"options\"");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://a@h:port/db", Map.of()))
                .isInstanceOf(Refused.class).hasMessageContaining("is not a team server address");
    }

    @Test
    void readsPasswordFileFieldsAsLibpqDoes() {
        assertThat(ServerPassword.fields("h:5432:*:ana:pa\\:ss\\\\word"))
                .containsExactly("h", "5432", "*", "ana", "pa:ss\\word");
        assertThat(ServerPassword.fields("h:*:db:u:with:colons")).containsExactly("h", "*", "db", "u", "with:colons");
    }
}
