package app.candor.domain;

import java.time.Instant;
import java.util.Objects;

/** A person the salesperson is in conversation with. Optional text fields are empty, never null. */
public record Prospect(long id, String name, String company, String role, String email, String phone,
                       String notes, Instant createdAt, boolean archived) {

    public Prospect {
        if (name == null || name.isBlank()) {
            throw Refused.because("refused.prospect.name");
        }
        company = Text.orEmpty(company);
        role = Text.orEmpty(role);
        email = Text.orEmpty(email).trim();
        phone = Text.orEmpty(phone);
        notes = Text.orEmpty(notes);
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A prospect not yet stored (id 0). */
    public static Prospect create(String name, String company, String role, String email, String phone,
                                  String notes, Instant createdAt) {
        return new Prospect(0, name, company, role, email, phone, notes, createdAt, false);
    }

    public Prospect withId(long newId) {
        return new Prospect(newId, name, company, role, email, phone, notes, createdAt, archived);
    }

}
